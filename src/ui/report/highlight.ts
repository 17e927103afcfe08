/**
 * Splits a policy text into plain and quoted segments so the report page can highlight every
 * sentence a finding relies on. Quotes are verbatim up to whitespace, so whitespace runs match any run.
 */
export interface QuoteMark { quote: string; findingIds: string[] }
export interface Segment { text: string; mark: QuoteMark | null }

function quotePattern(quote: string): RegExp | null {
  const words = quote.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  return new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'u');
}

export function highlightQuotes(text: string, marks: readonly QuoteMark[]): Segment[] {
  const found: Array<{ start: number; end: number; mark: QuoteMark }> = [];
  for (const mark of marks) {
    const match = quotePattern(mark.quote)?.exec(text);
    if (!match) continue;
    const start = match.index;
    const end = start + match[0].length;
    if (found.some((f) => start < f.end && end > f.start)) continue;
    found.push({ start, end, mark });
  }
  found.sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const f of found) {
    if (f.start > cursor) segments.push({ text: text.slice(cursor, f.start), mark: null });
    segments.push({ text: text.slice(f.start, f.end), mark: f.mark });
    cursor = f.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), mark: null });
  return segments;
}

/** Every distinct quote cited by findings, with the findings citing it. */
export function quoteMarks(findings: ReadonlyArray<{ id: string; policyQuotes: ReadonlyArray<{ quote: string }> }>): QuoteMark[] {
  const byQuote = new Map<string, string[]>();
  for (const finding of findings) {
    for (const { quote } of finding.policyQuotes) byQuote.set(quote, [...(byQuote.get(quote) ?? []), finding.id]);
  }
  return [...byQuote].map(([quote, findingIds]) => ({ quote, findingIds }));
}
