/**
 * The evidence a statement gives for each category: where the term that names it stands, and whether it is a catch-all.
 */
import { categoryInfo, type CategoryId } from '../categories';
import type { TermMatch } from './term-matches';

export interface Evidence { start: number; end: number; generic: boolean }

/**
 * A glossary entry declares data but no practice, and the word it defines is only being explained: so is the same kind of
 * data in its explanation («Геолокационные данные – сведения о местоположении устройства», «Банковский счёт — текущий счёт»).
 */
export function evidenceByCategory(matches: readonly TermMatch[], definedTermEnd: number): Map<CategoryId, Evidence> {
  const found = new Map<CategoryId, Evidence>();
  const defined = definedTermEnd >= 0 ? new Set(matches.filter((match) => match.start < definedTermEnd).map((match) => match.category)) : null;
  for (const match of matches) {
    if (defined && (match.start < definedTermEnd || defined.has(match.category) || categoryInfo(match.category).section === 'practice')) continue;
    const known = found.get(match.category);
    // A specific term outranks a catch-all for the same category («пиксельных тегов и иных технологий»).
    if (!known || (known.generic && !match.generic)) found.set(match.category, { start: match.start, end: match.end, generic: match.generic });
  }
  return found;
}
