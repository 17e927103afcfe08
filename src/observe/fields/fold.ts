/**
 * Text folding shared by the lexicons and the texts they are matched against, so that both sides
 * are compared in one canonical form: lower case, ё→е, Kazakh letters folded to their Russian
 * look-alikes (sites and users often type «куэлик» for «куәлік»), invisible characters removed.
 */

const KAZAKH_TO_RUSSIAN: Readonly<Record<string, string>> = {
  'ә': 'а', 'і': 'и', 'ң': 'н', 'ғ': 'г', 'ү': 'у', 'ұ': 'у', 'қ': 'к', 'ө': 'о', 'һ': 'х', 'ё': 'е',
};

const FOLDABLE_LETTER = /[әіңғүұқөһё]/g;
// Soft hyphen, zero-width spaces/joiners, bidi marks, word joiner, BOM: a page can hide them inside
// a word to dodge keyword matching.
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;
const WHITESPACE_RUN = /\s+/g;

/** Canonical form of human-readable text (labels, placeholders, options). */
export function foldText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .toLowerCase()
    .replace(FOLDABLE_LETTER, (letter) => KAZAKH_TO_RUSSIAN[letter] ?? letter)
    .replace(WHITESPACE_RUN, ' ')
    .trim();
}

const CAMEL_HUMP = /([a-z\d])([A-Z])/g;
const ACRONYM_END = /([A-Z]+)([A-Z][a-z])/g;
const LETTER_DIGIT = /(\p{L})(\d)|(\d)(\p{L})/gu;
const IDENTIFIER_SEPARATORS = /[^\p{L}\p{N}]+/gu;

/**
 * Canonical form of a machine identifier (name/id attribute): `clientIIN` → «client iin»,
 * `contact_person[1][phone]` → «contact person 1 phone», so word-based patterns apply to both.
 */
export function foldIdentifier(identifier: string): string {
  const split = identifier
    .replace(CAMEL_HUMP, '$1 $2')
    .replace(ACRONYM_END, '$1 $2')
    .replace(LETTER_DIGIT, (_m, l1?: string, d1?: string, d2?: string, l2?: string) =>
      l1 !== undefined ? `${l1} ${d1 ?? ''}` : `${d2 ?? ''} ${l2 ?? ''}`)
    .replace(IDENTIFIER_SEPARATORS, ' ');
  return foldText(split);
}
