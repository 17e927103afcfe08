/**
 * Language of a stretch of text. Kazakh Cyrillic has letters Russian lacks (әғқңөұүһі); a Cyrillic
 * stretch long enough to show them but without any is Russian; mostly Latin letters are English.
 * Short stretches («пол;», «жынысы;») carry no evidence and return null so the caller can inherit.
 */
import type { Language } from '../schema/policy';
import { lazy } from './lazy';

/** By char code: the letter loop runs over every statement, and one-letter strings would allocate. */
const KAZAKH_CODES = lazy(() => new Set([...'әғқңөұүһіӘҒҚҢӨҰҮҺІ'].map((letter) => letter.charCodeAt(0))));

function isCyrillic(code: number): boolean {
  return code >= 0x0400 && code <= 0x04ff;
}

function isLatin(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
}

const MIN_LETTERS_FOR_RUSSIAN = 24;
const MIN_LETTERS_FOR_ENGLISH = 12;

export interface LetterCounts { kazakh: number; cyrillic: number; latin: number }

export function countLetters(text: string): LetterCounts {
  const counts: LetterCounts = { kazakh: 0, cyrillic: 0, latin: 0 };
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (isCyrillic(code)) {
      counts.cyrillic += 1;
      if (KAZAKH_CODES().has(code)) counts.kazakh += 1;
    } else if (isLatin(code)) counts.latin += 1;
  }
  return counts;
}

export function languageOfCounts(counts: LetterCounts): Language | null {
  if (counts.latin > counts.cyrillic) return counts.latin >= MIN_LETTERS_FOR_ENGLISH ? 'en' : null;
  // One Kazakh letter in a long Russian sentence is a typo or a name; Kazakh prose has them every few words.
  if (counts.kazakh >= 2 || (counts.kazakh === 1 && counts.cyrillic < 60)) return 'kk';
  return counts.cyrillic >= MIN_LETTERS_FOR_RUSSIAN ? 'ru' : null;
}

export function detectLanguage(text: string): Language | null {
  return languageOfCounts(countLetters(text));
}
