/**
 * Language of every statement and block. Each is detected on its own; one too short to tell
 * («пол;», «жынысы;») inherits from its paragraph, then from the statement before it.
 */
import type { Language } from '../schema/policy';
import type { Block } from './blocks';
import { detectLanguage, languageOfCounts } from './language';
import { letterCounter } from './range-letters';
import type { LanguageOption } from './types';
import type { Statement } from './statements';

export interface LanguageLayout {
  statement: Language[];
  block: Language[];
  present: Language[];
}

/** A language counts as present from this share of the letters (or this many letters) on. */
const MIN_SHARE = 0.1;
const MIN_LETTERS = 400;

function fallbackLanguage(text: string): Language {
  return detectLanguage(text) ?? 'ru';
}

export function layoutLanguages(text: string, blocks: readonly Block[], statements: readonly Statement[], option: LanguageOption): LanguageLayout {
  if (option !== 'auto') {
    return { statement: statements.map(() => option), block: blocks.map(() => option), present: [option] };
  }
  let previous = fallbackLanguage(text.slice(0, 5000));
  const lettersOf = letterCounter(text, [...blocks, ...statements]);
  const block = blocks.map((b) => {
    previous = languageOfCounts(lettersOf(b)) ?? previous;
    return previous;
  });
  const letters = new Map<Language, number>();
  let last: Language | null = null;
  const statement = statements.map((s) => {
    const counts = lettersOf(s);
    const language = languageOfCounts(counts) ?? last ?? block[s.blockIndex] ?? previous;
    last = language;
    letters.set(language, (letters.get(language) ?? 0) + counts.cyrillic + counts.latin);
    return language;
  });
  const present = presentLanguages(letters);
  return { statement, block, present: present.length > 0 ? present : [block[0] ?? previous] };
}

function presentLanguages(letters: ReadonlyMap<Language, number>): Language[] {
  const total = [...letters.values()].reduce((sum, n) => sum + n, 0);
  return [...letters.entries()]
    .filter(([, n]) => n >= MIN_LETTERS || (total > 0 && n / total >= MIN_SHARE))
    .sort((a, b) => b[1] - a[1])
    .map(([language]) => language);
}
