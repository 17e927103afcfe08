/**
 * The list and lead splits of sentences.ts walk every character, tracking brackets and quotes. Most
 * sentences hold no colon or semicolon at all; a plain search says so far faster, and the walk runs
 * only when the separator is there.
 */
import { findLeadColon, hasTopLevel, splitTopLevel, trimSpan, type Span } from './sentences';

function holds(text: string, start: number, end: number, separator: string): boolean {
  return text.slice(start, end).includes(separator);
}

/** `splitTopLevel`: without the separator, the one part is the trimmed range. */
export function partsOf(text: string, start: number, end: number, separator: string): Span[] {
  if (holds(text, start, end, separator)) return splitTopLevel(text, start, end, separator);
  const span = trimSpan(text, start, end);
  return span ? [span] : [];
}

/** `hasTopLevel`: false without the separator. */
export function splitsAt(text: string, start: number, end: number, separator: string): boolean {
  return holds(text, start, end, separator) && hasTopLevel(text, start, end, separator);
}

/** `findLeadColon`: -1 without a colon. */
export function leadColonOf(text: string, start: number, end: number): number {
  return holds(text, start, end, ':') ? findLeadColon(text, start, end) : -1;
}
