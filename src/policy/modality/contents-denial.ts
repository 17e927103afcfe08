/**
 * What a container is said not to hold: «cookie не содержат ваших фамилии и ИИН», "our cookies do not contain your name",
 * «cookie файлдарында сіздің тегіңіз болмайды». The denial is of the contents, not of the container: the cookie named
 * as the subject (or, in Kazakh, in the locative before the contents) is still set. So a general negation cannot read
 * «не содержат» (negation.ts); here it denies only what is named after the verb, or in Kazakh between the locative and it.
 */
import { lazyPattern } from '../lazy';
import { clauseBounds } from './clauses';

/** A plain search first: most clauses hold no such verb. */
const HINT = /содерж|contain|болмай/iu;
const CONTAINS_NOTHING_BEFORE = lazyPattern(String.raw`(?:(?<![\p{L}])не\s+(?:будут\s+|будет\s+)?содерж\p{L}*|(?<![\p{L}])(?:not|never)\s+contain[a-z]*|(?<=[a-z])n['’]t\s+contain[a-z]*|(?<![\p{L}])contains?\s+no)(?![\p{L}])`, 'iu');
/** «если заявка не содержит ИИН», "if the form does not contain…": a case, not a promise. */
const HYPOTHETICAL = lazyPattern(String.raw`(?<![\p{L}])(?:если|if|unless|when|егер)\s+(?:[\p{L}-]+\s+){0,4}$`, 'iu');
/** The Kazakh container in the locative («файлдарында», «cookie-де»), then the denied contents, then «болмайды». */
const KK_LOCATIVE_BEFORE = lazyPattern(String.raw`\p{L}(?:да|де|та|те|нда|нде)(?![\p{L}])`, 'iu');
const KK_NOT_THERE_AFTER = lazyPattern(String.raw`(?<![\p{L}])болмайды(?![\p{L}])`, 'iu');

/** Whether the clause around `position` says its container holds none of what is named there. */
export function deniesContents(text: string, position: number): boolean {
  if (!HINT.test(text)) return false;
  const [start, end] = clauseBounds(text, position);
  const before = text.slice(start, position);
  const denial = CONTAINS_NOTHING_BEFORE().exec(before);
  if (denial) return !HYPOTHETICAL().test(before.slice(Math.max(0, denial.index - 60), denial.index));
  return KK_LOCATIVE_BEFORE().test(before) && KK_NOT_THERE_AFTER().test(text.slice(position, end));
}
