/** Sentence, clause and list-item boundaries inside one paragraph of the analysis text. */
import { isSpaceCode } from './char-classes';
import { lazy, lazyPattern } from './lazy';

export interface Span { start: number; end: number }

/** Words that end with a dot without ending the sentence («т. ч.», «п. 2.3», «e.g.»). */
const ABBREVIATIONS = lazy(() => new Set([
  'т', 'п', 'пп', 'ст', 'г', 'гг', 'др', 'пр', 'см', 'ч', 'д', 'е', 'ул', 'обл', 'тел', 'руб', 'млн', 'тыс',
  'им', 'св', 'б', 'ж', 'ә', 'бб', 'тт', 'e', 'g', 'i', 'eg', 'ie', 'etc', 'no', 'vs', 'mr', 'mrs', 'dr', 'art', 'sec', 'inc', 'ltd', 'corp',
]));
const SENTENCE_END = lazyPattern(String.raw`[.!?…]+["»”)]*(?=\s+[«"“(\-–—]?[\p{Lu}\d])`, 'gu');
const LAST_WORD = lazyPattern(String.raw`([\p{L}]+)$`, 'u');

export function trimSpan(text: string, start: number, end: number): Span | null {
  let from = start;
  let to = end;
  while (from < to && isSpaceCode(text.charCodeAt(from))) from += 1;
  while (to > from && isSpaceCode(text.charCodeAt(to - 1))) to -= 1;
  return from < to ? { start: from, end: to } : null;
}

function endsWithAbbreviation(before: string): boolean {
  const word = LAST_WORD().exec(before)?.[1];
  return word !== undefined && (word.length === 1 || ABBREVIATIONS().has(word.toLowerCase()));
}

export function splitSentences(text: string, start: number, end: number): Span[] {
  const slice = text.slice(start, end);
  const spans: Span[] = [];
  let from = 0;
  for (const match of slice.matchAll(SENTENCE_END())) {
    const dot = match.index;
    if (match[0].startsWith('.') && endsWithAbbreviation(slice.slice(Math.max(0, dot - 12), dot))) continue;
    const span = trimSpan(text, start + from, start + dot + match[0].length);
    if (span) spans.push(span);
    from = dot + match[0].length;
  }
  const last = trimSpan(text, start + from, end);
  if (last) spans.push(last);
  return spans;
}

/** +1 for an opening bracket or quote («(«“[»), -1 for a closing one, else 0. */
function nesting(code: number): number {
  if (code === 0x28 || code === 0xab || code === 0x201c || code === 0x5b) return 1;
  if (code === 0x29 || code === 0xbb || code === 0x201d || code === 0x5d) return -1;
  return 0;
}

/** Parts of [start, end) separated by `separator` outside brackets and quotes. */
export function splitTopLevel(text: string, start: number, end: number, separator: string): Span[] {
  const spans: Span[] = [];
  let depth = 0;
  let from = start;
  const separatorCode = separator.charCodeAt(0);
  for (let i = start; i < end; i += 1) {
    const code = text.charCodeAt(i);
    const step = nesting(code);
    if (step !== 0) depth = Math.max(0, depth + step);
    else if (code === separatorCode && depth === 0) {
      const span = trimSpan(text, from, i + 1);
      if (span) spans.push(span);
      from = i + 1;
    }
  }
  const last = trimSpan(text, from, end);
  if (last) spans.push(last);
  return spans;
}

export function hasTopLevel(text: string, start: number, end: number, separator: string): boolean {
  return splitTopLevel(text, start, end, separator).length > 1;
}

/** A row of a table laid out in text («Камера | для селфи | да»): two or more cell separators. */
export function isTableRow(text: string, start = 0, end = text.length): boolean {
  let pipes = 0;
  for (let i = start; i < end && pipes < 2; i += 1) if (text.charCodeAt(i) === 0x7c) pipes += 1;
  return pipes >= 2;
}

/** The colon that ends a lead-in («…такие как:», «мынадай деректерді ұсынады:»), or -1. */
export function findLeadColon(text: string, start: number, end: number): number {
  // A table row's cells («Location | … | Yes: only if you allow it») are one statement, not a list.
  if (isTableRow(text, start, end)) return -1;
  let depth = 0;
  for (let i = start; i < end; i += 1) {
    const code = text.charCodeAt(i);
    const step = nesting(code);
    if (step !== 0) depth = Math.max(0, depth + step);
    else if (code === 0x3a && depth === 0) {
      const next = text[i + 1];
      const isUrlOrTime = /(?:https?|mailto|ftp)$/iu.test(text.slice(Math.max(start, i - 6), i)) || /\d/u.test(text[i - 1] ?? '') && /\d/u.test(next ?? '');
      if (!isUrlOrTime && (next === undefined || i + 1 >= end || /\s/u.test(next))) return i;
    }
  }
  return -1;
}
