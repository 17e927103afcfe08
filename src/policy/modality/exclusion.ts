/**
 * What a list of collected data leaves out: «…, за исключением сведений из телефонной книги, доступ к которой не
 * осуществляется», «кроме списка контактов, который мы не читаем», "except your contacts, which we never access". A
 * denial said inside that tail (most often a relative clause on the excluded thing) denies the excluded thing only, not the
 * items listed before it. «За исключением случаев…», «кроме того», "except as required", "except with your consent" name
 * a case or a recipient, not data, and are exceptions of a denial (negation.ts), not exclusions.
 */
import { lazyPattern } from '../lazy';
import { findNegation } from './negation';

const EXCLUSION_SOURCE = String.raw`(?<![\p{L}])(?:за\s+исключением|кроме|исключая|except(?:\s+for)?|excluding|apart\s+from|other\s+than)\s+(?!(?:случа\p{L}*|тех\s+случа\p{L}*|как|того|этого|если|когда|при|as|where|when|if|to|with|for|in|by|through|under|upon|that|you|me|us)(?![\p{L}]))`;
const EXCLUSION = lazyPattern(EXCLUSION_SOURCE, 'iu');
const EXCLUSIONS = lazyPattern(EXCLUSION_SOURCE, 'giu');
/** A plain search first: most sentences exclude nothing. */
const HINT = /исключ|кроме|except|excluding|apart\s+from|other\s+than/iu;

/** Where the excluding tail that `position` lies before starts, and where it ends (the clause's semicolon or end), or null. */
function exclusionAfter(text: string, position: number): { start: number; end: number } | null {
  if (!HINT.test(text)) return null;
  const pattern = EXCLUSION();
  const found = pattern.exec(text.slice(position));
  if (!found) return null;
  const start = position + found.index;
  const semicolon = text.indexOf(';', start);
  return { start, end: semicolon < 0 ? text.length : semicolon };
}

/** The text with the excluding tail after `position` blanked, so that its denial does not reach the evidence before it. */
export function blankExclusionAfter(text: string, position: number): string {
  const tail = exclusionAfter(text, position);
  return tail ? `${text.slice(0, tail.start)}${' '.repeat(tail.end - tail.start)}${text.slice(tail.end)}` : text;
}

/**
 * Whether `position` lies in an excluding tail that itself denies: what is left out of the list and said not to be
 * accessed is denied, and the «except» that opened the tail names no case lifting the denial. A denial before the tail
 * («не собираем ничего, кроме имени») is left to the exceptions of negation.ts.
 */
export function isDeniedExclusion(text: string, position: number): boolean {
  if (!HINT.test(text)) return false;
  const partStart = text.lastIndexOf(';', position - 1) + 1;
  let start = -1;
  for (const found of text.slice(partStart, position).matchAll(EXCLUSIONS())) start = partStart + found.index;
  if (start < 0) return false;
  const semicolon = text.indexOf(';', position);
  return findNegation(text.slice(start, semicolon < 0 ? text.length : semicolon));
}
