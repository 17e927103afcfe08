/**
 * Language of a stretch of text. Kazakh Cyrillic has letters Russian lacks (әғқңөұүһі); a Cyrillic
 * stretch long enough to show them but without any is Russian; mostly Latin letters are English.
 * Short stretches («пол;», «жынысы;») carry no evidence and return null so the caller can inherit.
 */
import type { Language } from '../schema/policy';
import { lazy } from './lazy';

/** Letter class by char code below U+0500: 0 none, 1 Latin, 2 Cyrillic, 3 Kazakh Cyrillic (the loop runs over every statement). */
const LETTER_CLASS = lazy(() => {
  const table = new Uint8Array(0x500);
  for (let code = 0x41; code <= 0x7a; code += 1) if (code <= 0x5a || code >= 0x61) table[code] = 1;
  for (let code = 0xc0; code <= 0x24f; code += 1) if (code !== 0xd7 && code !== 0xf7) table[code] = 1;
  table.fill(2, 0x400, 0x500);
  for (const letter of 'әғқңөұүһіӘҒҚҢӨҰҮҺІ') table[letter.charCodeAt(0)] = 3;
  return table;
});

const MIN_LETTERS_FOR_RUSSIAN = 24;
const MIN_LETTERS_FOR_ENGLISH = 12;

export interface LetterCounts { kazakh: number; cyrillic: number; latin: number }

/** Letters of `text` from `start` to `end` (the whole text by default), counted without slicing it. */
export function countLetters(text: string, start = 0, end = text.length): LetterCounts {
  const table = LETTER_CLASS();
  let latin = 0;
  let cyrillic = 0;
  let kazakh = 0;
  for (let i = start; i < end; i += 1) {
    const code = text.charCodeAt(i);
    const kind = code < 0x500 ? table[code] : 0;
    if (kind === 1) latin += 1;
    else if (kind === 2) cyrillic += 1;
    else if (kind === 3) {
      cyrillic += 1;
      kazakh += 1;
    }
  }
  return { kazakh, cyrillic, latin };
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
