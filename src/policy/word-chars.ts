/**
 * Letters and digits (`[\p{L}\p{N}]`) by char code. Word starts and match edges are checked at every
 * word of a policy; a table lookup there costs far less than a one-character regular expression.
 */
import { lazy, lazyPattern } from './lazy';

const WORD_CHAR = lazyPattern(String.raw`^[\p{L}\p{N}]$`, 'u');

/** Below U+0500 (Latin and Cyrillic, nearly every character of a policy) the answer is looked up. */
const BELOW_0500 = lazy(() => {
  const table = new Uint8Array(0x500);
  for (let code = 0; code < table.length; code += 1) table[code] = WORD_CHAR().test(String.fromCharCode(code)) ? 1 : 0;
  return table;
});

/** Whether the UTF-16 unit at `at` is a letter or digit on its own (a lone surrogate is not). */
export function isWordUnit(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (Number.isNaN(code)) return false;
  if (code < 0x500) return BELOW_0500()[code] === 1;
  return WORD_CHAR().test(text[at] ?? '');
}

/** UTF-16 units the code point at `at` takes when it is a letter or digit, else 0. */
export function wordCharWidth(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 0x500) return BELOW_0500()[code] ?? 0;
  const point = text.codePointAt(at) ?? code;
  const width = point > 0xffff ? 2 : 1;
  return WORD_CHAR().test(text.slice(at, at + width)) ? width : 0;
}
