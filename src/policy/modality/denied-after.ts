/**
 * A thing named in one clause and denied by a pronoun in the next: «Биометрический шаблон хранится в памяти телефона; Банк
 * его не получает», "The fingerprint template stays on your phone; we never receive it", «Шаблон телефонда сақталады;
 * Банк оны алмайды». The pronoun points back at what the clause before named, so that is denied. Only receiving, seeing
 * or keeping is denied so (the same reading serves a pronoun opening the next sentence, pronoun-denial.ts): «мы его не передаём» denies handing on, and the data are still collected.
 */
import { lazyPattern } from '../lazy';

const RU_VERBS = String.raw`(?:получа|собира|вид|увид|хран|запрашива|копир|скопир|зна|чита)\p{L}*`;
const RU = String.raw`(?:его|её|ее|их)\s+(?:никогда\s+)?не\s+${RU_VERBS}|(?:никогда\s+)?не\s+${RU_VERBS}\s+(?:его|её|ее|их)`;
const EN_VERBS = '(?:receive|collect|see|store|keep|get|access|copy|request|read|know)';
const EN = String.raw`(?:do|does|will|can|shall)\s*(?:not|n['’]t)\s+(?:ever\s+|even\s+)?${EN_VERBS}\s+(?:it|them)|never\s+(?:even\s+)?${EN_VERBS}s?\s+(?:it|them)`;
const KK = String.raw`(?:оны|оларды)\s+(?:ешқашан\s+)?(?:алма|жинама|көрме|сақтама|сұрама|білме|оқыма)(?:й|с)\p{L}*`;

/** A clause or sentence that opens with a subject and the pronoun's denial: at most three words before it. */
const DENIED_BY_PRONOUN = lazyPattern(String.raw`^\s*(?:[\p{L}-]+\s+){0,3}?(?:${RU}|${EN}|${KK})(?![\p{L}])`, 'iu');

/** Whether `text` opens by denying receiving, seeing or keeping what a pronoun points back at. */
export function deniesByPronoun(text: string): boolean {
  return DENIED_BY_PRONOUN().test(text);
}

/** Whether the clause after the one at `position` (past the next semicolon) denies it by a pronoun. */
export function deniedAfter(text: string, position: number): boolean {
  const semicolon = text.indexOf(';', position);
  if (semicolon < 0) return false;
  const next = text.indexOf(';', semicolon + 1);
  return deniesByPronoun(text.slice(semicolon + 1, next < 0 ? text.length : next));
}
