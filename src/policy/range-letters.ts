/**
 * Letter counts of many ranges of one text. Blocks and statements each cover nearly the whole text, so
 * counting every range on its own read each character twice; here each stretch between two range
 * edges is counted once, and a range's counts are the difference of the running totals at its edges.
 */
import { countLetters, type LetterCounts } from './language';

interface Range { start: number; end: number }

export type RangeLetters = (range: Range) => LetterCounts;

export function letterCounter(text: string, ranges: readonly Range[]): RangeLetters {
  const edges = new Set<number>();
  for (const range of ranges) {
    edges.add(range.start);
    edges.add(range.end);
  }
  const totals = new Map<number, LetterCounts>();
  let total: LetterCounts = { kazakh: 0, cyrillic: 0, latin: 0 };
  let previous = 0;
  for (const edge of [...edges].sort((a, b) => a - b)) {
    const part = countLetters(text, previous, edge);
    total = { kazakh: total.kazakh + part.kazakh, cyrillic: total.cyrillic + part.cyrillic, latin: total.latin + part.latin };
    totals.set(edge, total);
    previous = edge;
  }
  return ({ start, end }) => {
    const before = totals.get(start) ?? total;
    const upTo = totals.get(end) ?? total;
    return { kazakh: upTo.kazakh - before.kazakh, cyrillic: upTo.cyrillic - before.cyrillic, latin: upTo.latin - before.latin };
  };
}
