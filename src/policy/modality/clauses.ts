/**
 * A sentence may affirm one thing and deny another («собираем имя, но не собираем ИИН»); negation
 * and conditions are read from the clause that holds the evidence. Clauses break at contrastive
 * conjunctions, semicolons, and before or after a coordinated denied predicate («собираем имя и не
 * передаем его», "and do not fingerprint", «жинамайды, және…», «жинайды және бермейді»): a denial governs its own predicate only.
 */
import { compilePattern, lazy } from '../lazy';

const BREAKS = [
  String.raw`(?:[,;]\s+|\s+)(?=(?:но(?!\s+(?:только|лишь))|однако|а(?!\s+также)|бірақ(?!\s+тек)|алайда|ал|but(?!\s+only)|however|whereas|while|nor)\s)(?<!only\s+)`,
  String.raw`,?\s+(?=(?:и|а\s+также)\s+(?:никогда\s+)?не\s)`,
  String.raw`,?\s+(?=and\s+(?:(?:do|does|did|will|shall|may|can|would)\s+)?(?:not|never)\s)`,
  String.raw`,?\s+(?=and\s+[a-z]+\s+no\s)`,
  String.raw`(?<=[\p{L}](?:ма|ме|ба|бе|па|пе)й(?:ды|ді|мыз|міз))(?:,\s+|\s+(?=(?:және|әрі)\s))`,
  String.raw`,\s+(?=(?:but\s+)?(?:never|not)\s+(?:your|the|any|their|his|her)\s)`,
  // «…to credit bureaus and, if you consented, to the operator»: a condition set off after «and» qualifies what follows.
  String.raw`,?\s+(?=(?:and|и|а\s+также|және),\s+(?:if|when|where|unless|если|при|егер)\s)`,
  String.raw`;\s*`,
];
/**
 * A Kazakh clause closes with its verb: «деректер шифрланып беріледі және сатылмайды» joins two predicates. Tried only
 * on text holding «және» or «әрі»: run on every clause, it cost about 1% of a Russian policy's parse.
 */
const AFTER_KAZAKH_VERB = String.raw`\s+(?<=\p{L}{2}(?:ады|еді)\s+)(?=(?:және|әрі)\s)`;
const CLAUSE_BREAK = lazy(() => compilePattern(BREAKS.join('|'), 'giu'));
const KAZAKH_CLAUSE_BREAK = lazy(() => compilePattern([...BREAKS, AFTER_KAZAKH_VERB].join('|'), 'giu'));
/**
 * In a table row («| Аналитика | страницы; тип устройства | с согласия |») a semicolon lists a cell's items: the row's
 * other cells (when it is switched on, whether it is collected) bear on all of them.
 */
const ROW_CLAUSE_BREAK = lazy(() => compilePattern(BREAKS.slice(0, -1).join('|'), 'giu'));
const TABLE_ROW = /^\s*\|[^\n]*\|\s*$/u;

function clauseBreaks(text: string): RegExp {
  if (text.includes(';') && text.includes('|') && TABLE_ROW.test(text)) return ROW_CLAUSE_BREAK();
  return text.includes('және') || text.includes('әрі') ? KAZAKH_CLAUSE_BREAK() : CLAUSE_BREAK();
}

/**
 * A parenthesis that does not hold the evidence denies something else: «номер карты (CVV не хранится)».
 * It is blanked only for reading negation; a parenthesised condition («IP-адрес (при необходимости)») still qualifies the noun.
 * Without `keep`, every parenthesis is blanked.
 */
export function blankOtherParentheses(text: string, keep = -1): string {
  return text.replace(/\([^()]{0,300}\)/gu, (group, offset: number) => (keep >= offset && keep < offset + group.length ? group : ' '.repeat(group.length)));
}

/** Where the clause holding `position` starts and ends. */
export function clauseBounds(text: string, position: number): [number, number] {
  let start = 0;
  for (const found of text.matchAll(clauseBreaks(text))) {
    if (found.index > position) return [start, found.index];
    start = found.index + found[0].length;
  }
  return [start, text.length];
}

export function clauseAround(text: string, position: number): string {
  const [start, end] = clauseBounds(text, position);
  return text.slice(start, end);
}

/**
 * «ФИО, ИИН, адрес электронной почты (если я его указал)»: a parenthesis qualifies its own list item,
 * so those outside [from, to) are blanked when the condition of that item is read.
 */
export function blankParenthesesOutside(text: string, from: number, to: number): string {
  let out = text;
  // Twice, so that «(если я его указал(а))» is blanked once its inner «(а)» is.
  for (let pass = 0; pass < 2; pass += 1) {
    out = out.replace(/\([^()]{0,300}\)/gu, (group, offset: number) => (offset >= from && offset < to ? group : ' '.repeat(group.length)));
  }
  return out;
}

/**
 * The part of a sentence between semicolons around `position`: an exception lifts the denial it is said with
 * («не передаём, кроме случаев…», «берілмейді, … жағдайларды қоспағанда»), not one after a semicolon ("we do not collect
 * your relatives' numbers; we discuss the loan with no one except you").
 */
export function semicolonPartAround(text: string, position: number): string {
  const end = text.indexOf(';', position);
  return text.slice(text.lastIndexOf(';', position - 1) + 1, end < 0 ? text.length : end);
}
