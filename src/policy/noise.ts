/**
 * Conversion debris (markdown emphasis and heading marks, Word bookmarks, soft hyphens, tabs) is replaced by spaces of
 * the same length, so every offset in the analysis text is also an offset in the source text and
 * quotes can be cut from the source unchanged. A word hyphenated at a line end («пре-\nделы») is
 * joined and padded after the word, which keeps the offsets of everything around it.
 */

import { lazyPattern } from './lazy';

/** Markdown heading marks («## 2. Cookies») open a line; the number after them is the section's. */
const DEBRIS = /\*\*|__|(?<![^\n])#{1,6}(?=[ \t])|\[bookmark:[^\]\n]{0,80}\]|\u00ad|\u200b|\u200c|\u200d|\ufeff|\t/gu;
const LINE_END_HYPHEN = lazyPattern(String.raw`(?<=\p{Ll})-\r?\n[ \t]*(\p{Ll}+)`, 'gu');

export function maskNoise(text: string): string {
  const masked = text.replace(DEBRIS, (found) => ' '.repeat(found.length));
  if (!masked.includes('-\n') && !masked.includes('-\r\n')) return masked;
  return masked.replace(LINE_END_HYPHEN(), (found: string, tail: string) => tail + ' '.repeat(found.length - tail.length));
}
