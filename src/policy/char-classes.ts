/**
 * Character classes by char code: letters and digits (`[\p{L}\p{N}]`) and white space (`\s`). Word
 * starts, match edges and span trimming look at every character of a policy; a lookup there costs far
 * less than a one-character regular expression.
 */
import { lazy } from './lazy';

/** Every script's letters, unlike the parser's patterns (letter-class.ts): this is what a word character is. */
const WORD_CHAR = lazy(() => new RegExp(String.raw`^[\p{L}\p{N}]$`, 'u'));

/** Below U+0500 (Latin and Cyrillic, nearly every character of a policy) the answer is looked up: 1 for a letter or digit. */
export const wordUnitsBelow0500 = lazy(() => {
  const table = new Uint8Array(0x500);
  for (let code = 0; code < table.length; code += 1) table[code] = WORD_CHAR().test(String.fromCharCode(code)) ? 1 : 0;
  return table;
});

/** Whether the UTF-16 unit at `at` is a letter or digit on its own (a lone surrogate is not). */
export function isWordUnit(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x500) return wordUnitsBelow0500()[code] === 1;
  return WORD_CHAR().test(text[at] ?? '');
}

/** UTF-16 units the code point at `at` takes when it is a letter or digit, else 0. */
export function wordCharWidth(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 0x500) return wordUnitsBelow0500()[code] ?? 0;
  const point = text.codePointAt(at) ?? code;
  const width = point > 0xffff ? 2 : 1;
  return WORD_CHAR().test(text.slice(at, at + width)) ? width : 0;
}

/** What `\s` matches, by char code. */
export function isSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
    || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
