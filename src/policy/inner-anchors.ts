/**
 * Anchors that need not begin a word («mail» of «e-?mail», «лиц» after a group): a search each over
 * the whole text cost more than the rest of the term matching, so all of them are found in one pass of
 * an alternation, which reports every position where one of them starts.
 */

export interface InnerAnchorSearch {
  /** Global and without the `u` flag: it matches UTF-16 units, as a plain search does. */
  pattern: RegExp;
  /** The anchors by their first UTF-16 unit: all of them are checked where any one is found. */
  byFirstUnit: Map<number, string[]>;
}

export function innerAnchorSearch(anchors: Iterable<string>): InnerAnchorSearch {
  const byFirstUnit = new Map<number, string[]>();
  for (const anchor of new Set(anchors)) {
    const first = anchor.charCodeAt(0);
    const list = byFirstUnit.get(first);
    if (list) list.push(anchor);
    else byFirstUnit.set(first, [anchor]);
  }
  const alternatives = [...byFirstUnit.values()].flat().map((anchor) => anchor.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  return { pattern: new RegExp(alternatives.join('|'), 'g'), byFirstUnit };
}

/** Every position of every anchor, overlapping ones included, in text order per anchor. */
export function findInnerAnchors(lower: string, search: InnerAnchorSearch): Map<string, number[]> {
  const found = new Map<string, number[]>();
  for (const list of search.byFirstUnit.values()) for (const anchor of list) found.set(anchor, []);
  const { pattern } = search;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(lower); match !== null; match = pattern.exec(lower)) {
    const at = match.index;
    for (const anchor of search.byFirstUnit.get(lower.charCodeAt(at)) ?? []) {
      if (lower.startsWith(anchor, at)) found.get(anchor)?.push(at);
    }
    pattern.lastIndex = at + 1;
  }
  return found;
}
