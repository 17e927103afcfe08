/**
 * A list item the person gives only if they have one, the condition set off by a dash: «при наличии – номер телефона
 * контактного лица», «адрес электронной почты – при наличии», «– при наличии его в материалах Кредитора», «бар болса –
 * жұмыс берушінің атауы», "employer – if any". Read with the other conditions (condition.ts).
 * The same condition said of the very data named (existenceCondition): «адрес электронной почты (при наличии)»,
 * «при наличии у Общества адреса электронной почты», «если адрес электронной почты имеется», «поштасы бар болса», "e-mail
 * (if any)". A bracket after a word inside a larger item («фамилия, имя, отчество (при наличии)») or after two data
 * joined by «и» («телефон и e-mail (при наличии)») qualifies another word than the evidence, so it does not count.
 */
import { lazyPattern, lazyPatterns } from '../lazy';

const DASH = '[–—-]';
/** The item's end: the condition after a dash closes it. */
const ITEM_END = String.raw`\s*(?:[;.,)]|$)`;
const IF_ANY_WORDS = String.raw`(?:при\s+наличии|бар\s+болса|if\s+any|where\s+available|if\s+available)`;

const IF_ANY = lazyPatterns('iu', () => [
  String.raw`(?<![\p{L}])${IF_ANY_WORDS}\s*${DASH}\s`,
  // «– при наличии его в материалах Кредитора», «– при наличии таких сведений в анкете»: where the data may be found.
  String.raw`${DASH}\s*${IF_ANY_WORDS}(?:\s+[^\s;.,()–—]+){0,6}?${ITEM_END}`,
]);

/** A plain search first: most clauses hold none of the words. */
export function ifAnyPatterns(text: string): readonly RegExp[] {
  return text.includes('наличии') || text.includes('бар болса') || text.includes('if any') || text.includes('available') ? IF_ANY() : [];
}

/** Right after the data (one more word allowed: «электрондық пошта мекенжайы (бар болса)»), closing its item. */
const BRACKET_AFTER = lazyPattern(String.raw`^(?:\s+[\p{L}-]+)?\s*\((при\s+наличии|бар\s+болса|if\s+any|if\s+available|where\s+available)\)(?=\s*(?:[;.,]|$))`, 'iu');
/** The data is the second of two joined: the bracket may qualify both or only it. */
const JOINED_BEFORE = lazyPattern(String.raw`(?<![\p{L}])(?:и|а\s+также|and|және|мен|бен|пен)\s+$`, 'iu');
/** «при наличии у Общества адреса…»: the data is what may be had. */
const HAD_BEFORE = lazyPattern(String.raw`(?<![\p{L}])при\s+наличии\s+(?:у\s+[\p{L}-]+\s+)?$`, 'iu');
/** «если адрес электронной почты имеется», "where an e-mail address is available". */
const IF_BEFORE = lazyPattern(String.raw`(?<![\p{L}])(?:если|в\s+случае,?\s+если|if|where)\s+(?:(?:a|an|the|your|his|her)\s+)?$`, 'iu');
const IF_WORD = /если|случае|[Ii]f\s|[Ww]here\s/u;
const EXISTS_AFTER = lazyPattern(String.raw`^(?:\s+[\p{L}-]+)?\s+(?:имеется|имеются|есть|(?:is|are)\s+available|(?:is|are)\s+known)(?![\p{L}])`, 'iu');
/** «электрондық поштасы бар болса» (if there is an e-mail). */
const KK_EXISTS_AFTER = lazyPattern(String.raw`^(?:\s+[\p{L}-]+)?\s+бар\s+болса(?![\p{L}])`, 'iu');

/** The existence condition said of the data at [start, end) of `text`, or null. */
export function existenceCondition(text: string, start: number, end: number): string | null {
  const after = text.slice(end, end + 60);
  const before = text.slice(Math.max(0, start - 40), start);
  const bracket = after.includes('(') ? BRACKET_AFTER().exec(after) : null;
  if (bracket) return JOINED_BEFORE().test(before) ? null : bracket[1] ?? null;
  if (before.includes('наличии') && HAD_BEFORE().test(before)) return 'при наличии';
  if (after.includes('бар болса')) return KK_EXISTS_AFTER().exec(after)?.[0].trim() ?? null;
  // Most evidence has no «если»/"if" before it: a plain search spares the expression.
  const exists = IF_WORD.test(before) ? IF_BEFORE().exec(before) : null;
  const existing = exists ? EXISTS_AFTER().exec(after) : null;
  return exists && existing ? `${exists[0]}${text.slice(start, end)}${existing[0]}`.replace(/\s+/gu, ' ').trim() : null;
}
