/**
 * Lexicon entries: a compiled phrase with a strength, optional exclusions, and a scope. Each
 * expression is compiled on its first use and kept: a frame without form fields compiles none.
 */
import type { CategoryId } from '../../../categories';
import { lazy } from '../../../util/lazy';
import { compilePhrase } from '../phrase';

/** Fields that are clearly not personal data (search, promo codes, captchas): they veto a category. */
export const NOT_PERSONAL = 'not_personal';
export type ScoredCategory = CategoryId | typeof NOT_PERSONAL;

/** 'any': labels, placeholders, identifiers…; 'choice': only option texts and radio captions. */
export type EntryScope = 'any' | 'choice';

export interface LexiconEntry {
  readonly pattern: RegExp;
  /** 1 for an unambiguous phrase, 0.5 for a word that only hints. */
  readonly strength: number;
  readonly unless: RegExp | null;
  readonly scope: EntryScope;
}

export interface CategoryLexicon {
  readonly category: ScoredCategory;
  readonly entries: readonly LexiconEntry[];
}

export const STRONG = 1;
export const WEAK = 0.5;

/** One regular expression matching any of the phrases. */
export function anyOf(phrases: readonly string[]): RegExp {
  return new RegExp(phrases.map((phrase) => compilePhrase(phrase).source).join('|'));
}

function entries(phrases: readonly string[], strength: number, scope: EntryScope, unless: readonly string[]): LexiconEntry[] {
  const unlessPattern = lazy(() => (unless.length > 0 ? anyOf(unless) : null));
  return phrases.map((phrase) => {
    const pattern = lazy(() => compilePhrase(phrase));
    return { get pattern() { return pattern(); }, get unless() { return unlessPattern(); }, strength, scope };
  });
}

export function strong(phrases: readonly string[], unless: readonly string[] = []): LexiconEntry[] {
  return entries(phrases, STRONG, 'any', unless);
}

export function weak(phrases: readonly string[], unless: readonly string[] = []): LexiconEntry[] {
  return entries(phrases, WEAK, 'any', unless);
}

/** Answer words («мужской», «женат», «высшее») that identify a question only among its choices. */
export function choices(phrases: readonly string[]): LexiconEntry[] {
  return entries(phrases, STRONG, 'choice', []);
}

export function lexicon(category: ScoredCategory, ...groups: LexiconEntry[][]): CategoryLexicon {
  return { category, entries: groups.flat() };
}
