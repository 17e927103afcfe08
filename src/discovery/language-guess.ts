/**
 * Whether a text that is not a policy to the parser is perhaps one in a language it does not read.
 * The parser knows Russian, Kazakh and English: a page mostly in another script, or in Latin letters
 * without English function words, gets «unexpected language» instead of «not a policy».
 */

const ENGLISH_WORDS = new Set(['the', 'and', 'of', 'to', 'in', 'is', 'for', 'we', 'you', 'your', 'with', 'that', 'on', 'or', 'by', 'this', 'are', 'be']);
/** English prose has a function word in every third or fourth word; other Latin-script languages rarely hit these. */
const MIN_ENGLISH_SHARE = 0.08;
const MIN_LETTERS = 40;

export function isUnexpectedLanguage(text: string): boolean {
  const sample = text.length > 100_000 ? text.slice(0, 100_000) : text;
  let cyrillic = 0;
  let latin = 0;
  let other = 0;
  for (const char of sample) {
    if (/\p{Script=Cyrillic}/u.test(char)) cyrillic += 1;
    else if (/\p{Script=Latin}/u.test(char)) latin += 1;
    else if (/\p{L}/u.test(char)) other += 1;
  }
  if (cyrillic + latin + other < MIN_LETTERS) return false;
  if (other > cyrillic + latin) return true;
  if (cyrillic >= latin) return false;
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const english = words.filter((word) => ENGLISH_WORDS.has(word)).length;
  return english / Math.max(words.length, 1) < MIN_ENGLISH_SHARE;
}
