/**
 * A small pattern language for lexicon entries, compiled once at module load into regular
 * expressions with their own word boundaries (JavaScript's `\b` only knows ASCII letters).
 *
 *   «номер* _ телефон*»   words separated by spaces match words separated by any punctuation;
 *   `*` at a word's end   allows a suffix (Russian cases, Kazakh possessives: телефон → телефоныңыз);
 *   `_`                   allows up to two filler words («номер вашего мобильного телефона»);
 *   `a|b` inside a word   alternatives for that word;
 *   `-` inside a word     an optional separator («sms-код» also matches «смс код», «smsкод»).
 *
 * `|` never spans words: «id|passport scan» is «id scan» or «passport scan»; list whole-phrase
 * alternatives as separate entries.
 *
 * Phrases are folded with the same function as the texts, so lexicons are written in natural
 * Russian, Kazakh and English.
 */
import { foldText } from './fold';

/**
 * Word characters after folding: Latin, Cyrillic (Kazakh letters are folded into it) and digits.
 * An explicit class instead of \p{L} keeps the expressions out of Unicode mode, which V8 compiles
 * and runs several times slower; other scripts simply count as separators.
 */
const WORD_CHAR = 'a-z0-9а-я';
const NOT_WORD = `[^${WORD_CHAR}]`;
const WORD_START = `(?<![${WORD_CHAR}])`;
const WORD_END = `(?![${WORD_CHAR}])`;
const SUFFIX = `[a-zа-я]{0,16}`;
const SEPARATOR = `${NOT_WORD}+`;
const FILLER = `(?:[${WORD_CHAR}]+${NOT_WORD}+){0,2}`;
const REGEX_SPECIAL = /[.+?^${}()[\]\\]/g;

function compileWordAlternative(word: string): string {
  let source = '';
  for (const char of word) {
    if (char === '*') source += SUFFIX;
    else if (char === '-') source += `${NOT_WORD}?`;
    else source += char.replace(REGEX_SPECIAL, '\\$&');
  }
  return source;
}

function compileWord(word: string): string {
  const alternatives = word.split('|').filter((alternative) => alternative.length > 0);
  return `(?:${alternatives.map(compileWordAlternative).join('|')})`;
}

/** Compiles one phrase; throws on an empty phrase so a lexicon typo fails at load, in tests. */
export function compilePhrase(phrase: string): RegExp {
  const tokens = foldText(phrase).split(' ').filter((token) => token.length > 0);
  let source = '';
  let fillerPending = false;
  for (const token of tokens) {
    if (token === '_') {
      fillerPending = true;
      continue;
    }
    if (source.length > 0) source += SEPARATOR + (fillerPending ? FILLER : '');
    fillerPending = false;
    source += compileWord(token);
  }
  if (source.length === 0) throw new Error(`empty lexicon phrase: ${JSON.stringify(phrase)}`);
  return new RegExp(WORD_START + source + WORD_END);
}
