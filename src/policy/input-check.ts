/** Rejects input the parser must not try to read: empty, oversized or binary. */
import type { ParseError } from './types';

export const MAX_INPUT_BYTES = 1024 * 1024;

/** UTF-8 length without allocating an encoded copy. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) { bytes += 4; i += 1; }
    else bytes += 3;
  }
  return bytes;
}

function isControlOrReplacement(code: number): boolean {
  const whitespaceControl = code === 9 || code === 10 || code === 13 || code === 12;
  return (code < 32 && !whitespaceControl) || code === 0x7f || code === 0xfffd;
}

/** Share of characters that never occur in text: C0 controls and the decoder's replacement mark. */
function binaryShare(text: string): number {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let odd = 0;
  for (let i = 0; i < sample.length; i += 1) if (isControlOrReplacement(sample.charCodeAt(i))) odd += 1;
  return sample.length === 0 ? 0 : odd / sample.length;
}

export function checkInput(text: string): ParseError | null {
  const bytes = utf8Length(text);
  if (bytes > MAX_INPUT_BYTES) {
    return { code: 'too_large', message: `The input is ${bytes} bytes; a policy may be at most ${MAX_INPUT_BYTES} bytes (1 MB).` };
  }
  if (text.trim().length === 0) return { code: 'empty', message: 'The input is empty: there is no policy text to parse.' };
  if (text.includes('\u0000') || binaryShare(text) > 0.02) {
    return { code: 'binary', message: 'The input looks like binary data (NUL bytes or control characters), not policy text.' };
  }
  return null;
}
