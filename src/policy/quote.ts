/**
 * Quotes are evidence: each one must be a substring of the source text once runs of whitespace are
 * folded to a single space. Nothing else is normalised, so markdown `**` or conversion debris stays
 * inside a quote exactly as published.
 */
import { isSpaceCode } from './char-classes';

const WHITESPACE_RUN = /\s+/gu;

export const MAX_QUOTE_CHARS = 400;

export function normalizeForQuote(text: string): string {
  return text.replace(WHITESPACE_RUN, ' ').trim();
}

export function isVerbatimQuote(source: string, quote: string): boolean {
  const needle = normalizeForQuote(quote);
  return needle.length > 0 && normalizeForQuote(source).includes(needle);
}

const LEADING_DEBRIS = /^(?:\s|\[bookmark:[^\]]{0,80}\]|[-–—•·*](?!\*)|\*\*(?=\s))+/u;
const TRAILING_DEBRIS = /[\s;,]+$/u;

/** Trims list bullets, bookmarks and separators from the edges; edges stay inside the source. */
function trimEdges(text: string): string {
  let out = text.replace(LEADING_DEBRIS, '').replace(TRAILING_DEBRIS, '');
  // An unpaired `**` at an edge is markup from a neighbouring line, not part of the statement.
  if ((out.match(/\*\*/g)?.length ?? 0) % 2 === 1) {
    if (out.startsWith('**')) out = out.slice(2);
    else if (out.endsWith('**')) out = out.slice(0, -2);
  }
  return out.replace(TRAILING_DEBRIS, '').trim();
}

/** Statements are found in text with `**` masked; take back a `**` that opens or closes inside one. */
function balanceEmphasis(source: string, start: number, end: number): { start: number; end: number } {
  const unpaired = ((source.slice(start, end).match(/\*\*/g)?.length ?? 0) % 2) === 1;
  if (unpaired && source.slice(start - 2, start) === '**') return { start: start - 2, end };
  if (unpaired && source.slice(end, end + 2) === '**') return { start, end: end + 2 };
  return { start, end };
}

/** Past either end of the source counts as a space: a window may end there. */
function isSpaceAt(source: string, at: number): boolean {
  return at < 0 || at >= source.length || isSpaceCode(source.charCodeAt(at));
}

/**
 * The quote for a statement [start, end) of `source`. A statement longer than the limit is cut to a
 * window around the evidence [focusStart, focusEnd), at word boundaries.
 */
export function quoteSpan(source: string, statementStart: number, statementEnd: number, focusStart = statementStart, focusEnd = focusStart): string {
  const { start, end } = balanceEmphasis(source, statementStart, statementEnd);
  const whole = normalizeForQuote(trimEdges(source.slice(start, end)));
  if (whole.length <= MAX_QUOTE_CHARS) return whole;
  let from = Math.max(start, Math.min(focusStart - 120, focusEnd - MAX_QUOTE_CHARS + 40));
  while (from > start && !isSpaceAt(source, from - 1)) from += 1;
  let to = Math.min(end, from + MAX_QUOTE_CHARS);
  while (to < end && to > from && !isSpaceAt(source, to)) to -= 1;
  const window = normalizeForQuote(trimEdges(source.slice(from, to)));
  if (window.length <= MAX_QUOTE_CHARS) return window;
  const cut = window.lastIndexOf(' ', MAX_QUOTE_CHARS);
  return window.slice(0, cut > 0 ? cut : MAX_QUOTE_CHARS);
}
