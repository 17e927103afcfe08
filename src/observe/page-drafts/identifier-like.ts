/**
 * Whether a stored value looks like an identifier rather than UI state: what turns a storage write
 * into a tracking technology. Judged on the value's first 40 characters (all the page world sends).
 *  - a UUID anywhere in it;
 *  - a run of 10 or more digits (numeric user and client ids: Yandex's _ym_uid, GA's client id),
 *    unless the whole value is just a Unix time in seconds or milliseconds (2017–2033), which pages
 *    store for "last visit" and is not an identifier;
 *  - a token: 16+ characters with no spaces or JSON punctuation, where letters and digits alternate
 *    at least 4 times, as random ids and hashes do and words, paths and ISO dates do not.
 */
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const LONG_NUMBER = /\d{10,}/;
const UNIX_TIME = /^1[5-9](\d{8}|\d{11})$/;
const TOKEN_CHARACTERS = /^[A-Za-z0-9_\-+/=.:~]{16,}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;
const MIN_ALTERNATIONS = 4;

function alternations(value: string): number {
  let count = 0;
  let previous: 'letter' | 'digit' | null = null;
  for (const character of value) {
    const kind = /[0-9]/.test(character) ? 'digit' : /[A-Za-z]/.test(character) ? 'letter' : null;
    if (kind === null) continue;
    if (previous !== null && kind !== previous) count += 1;
    previous = kind;
  }
  return count;
}

export function isIdentifierLike(value: string): boolean {
  const text = value.trim();
  if (UUID.test(text)) return true;
  if (LONG_NUMBER.test(text)) return !UNIX_TIME.test(text);
  if (!TOKEN_CHARACTERS.test(text) || ISO_DATE.test(text) || text.includes('://')) return false;
  return alternations(text) >= MIN_ALTERNATIONS;
}
