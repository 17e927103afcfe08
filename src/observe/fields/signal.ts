/** One piece of evidence for one category, with how much it counts. */
import type { ScoredCategory } from './lexicon/entry';

export interface Signal {
  readonly category: ScoredCategory;
  /** Source weight × phrase strength: 10 for autocomplete, 6 for a label, 2 for a fieldset legend… */
  readonly weight: number;
  /** The phrase or attribute is unambiguous on its own (not a mere hint). */
  readonly decisive: boolean;
  readonly evidence: string;
}

/** Longest quoted excerpt of page text in an evidence line. */
const QUOTE_LIMIT = 60;
const QUOTE_CONTEXT = 20;

/** «…text…» around the matched position, short enough to read in a report. */
export function quote(text: string, matchIndex = 0): string {
  if (text.length <= QUOTE_LIMIT) return `«${text}»`;
  const start = Math.max(0, Math.min(matchIndex - QUOTE_CONTEXT, text.length - QUOTE_LIMIT));
  const excerpt = text.slice(start, start + QUOTE_LIMIT).trim();
  return `«${start > 0 ? '…' : ''}${excerpt}${start + QUOTE_LIMIT < text.length ? '…' : ''}»`;
}

/** An attribute value for evidence: short values verbatim, long ones cut. */
export function attributeValue(value: string): string {
  return value.length <= QUOTE_LIMIT ? value : `${value.slice(0, QUOTE_LIMIT)}…`;
}
