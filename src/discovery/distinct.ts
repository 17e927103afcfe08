/** The items whose key was not seen before, in order: the first of each key wins. */
export function distinctBy<T>(items: readonly T[], key: (item: T) => string, seen: Set<string> = new Set()): T[] {
  const out: T[] = [];
  for (const item of items) {
    const k = key(item);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(item);
  }
  return out;
}
