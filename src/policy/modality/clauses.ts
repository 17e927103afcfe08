/**
 * A sentence may affirm one thing and deny another («собираем имя, но не собираем ИИН»); negation
 * and conditions are read from the clause that holds the evidence, split at contrastive conjunctions
 * and semicolons.
 */

const CLAUSE_BREAK = /(?:[,;]\s+|\s+)(?=(?:но|однако|а(?!\s+также)|бірақ|алайда|ал|but|however|whereas|while)\s)|;\s*/giu;

export function clauseAround(text: string, position: number): string {
  let start = 0;
  for (const found of text.matchAll(CLAUSE_BREAK)) {
    const cut = found.index + found[0].length;
    if (found.index > position) return text.slice(start, found.index);
    start = cut;
  }
  return text.slice(start);
}
