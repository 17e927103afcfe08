/**
 * Lines of one section of a larger text, read where they lie: by position (line offsets found on first use)
 * or, when the section is sorted by its first field, by binary search over the characters themselves, so
 * nothing is split or copied up front.
 */
export interface LineSearch {
  /** The line whose first field is `key`; the section must be sorted by that field. */
  find(key: string): string | null;
  at(line: number): string | null;
  all(): string[];
}

export function lineFields(line: string): string[] {
  return line.split('\t');
}

/** `start` is the first character of the section's first line, `end` just past its last line's newline. */
export function createLineSearch(text: string, start: number, end: number): LineSearch {
  const lineEnd = (at: number): number => {
    const newline = text.indexOf('\n', at);
    return newline === -1 ? text.length : newline;
  };
  let offsets: number[] | null = null;
  const lineOffsets = (): number[] => {
    if (offsets) return offsets;
    offsets = [];
    for (let at = start; at < end; at = lineEnd(at) + 1) offsets.push(at);
    return offsets;
  };
  const lineFrom = (at: number): string => text.slice(at, lineEnd(at));
  return {
    find(key) {
      let low = start;
      let high = end;
      while (low < high) {
        const middle = (low + high) >>> 1;
        // The start of the line the middle character belongs to (a newline belongs to the line it ends).
        const from = middle === low ? low : text.lastIndexOf('\n', middle - 1) + 1;
        const until = lineEnd(from);
        const tab = text.indexOf('\t', from);
        const lineKey = text.slice(from, tab !== -1 && tab < until ? tab : until);
        if (lineKey === key) return text.slice(from, until);
        if (lineKey < key) low = until + 1;
        else high = from;
      }
      return null;
    },
    at(line) {
      const at = lineOffsets()[line];
      return at === undefined ? null : lineFrom(at);
    },
    all: () => lineOffsets().map(lineFrom),
  };
}
