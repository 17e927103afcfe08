/**
 * `--shard i/n`, 1-based (1/3, 2/3, 3/3), so that n machines given the same URL list audit disjoint
 * parts that together cover it. The split depends only on the set of URLs, not their order: each
 * URL goes to the shard of its position in the sorted list, round-robin, which also balances sizes.
 */

export interface Shard { index: number; count: number }
export type ShardParse = { ok: true; shard: Shard } | { ok: false; message: string };

export function parseShard(text: string): ShardParse {
  const match = /^(\d{1,4})\/(\d{1,4})$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    return { ok: false, message: `--shard takes i/n with 1 <= i <= n (1-based, e.g. 2/4), not "${text}"` };
  }
  return { ok: true, shard: { index, count } };
}

/** The items of one shard, in their original order. */
export function pickShard<T>(items: readonly T[], keyOf: (item: T) => string, shard: Shard): T[] {
  const sorted = [...new Set(items.map(keyOf))].sort();
  const mine = new Set(sorted.filter((_, position) => position % shard.count === shard.index - 1));
  return items.filter((item) => mine.has(keyOf(item)));
}
