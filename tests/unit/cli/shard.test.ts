import { describe, expect, it } from 'vitest';
import { parseShard, pickShard } from '../../../src/cli/audit/shard';

const URLS = ['https://e.kz/', 'https://a.kz/', 'https://d.kz/', 'https://b.kz/', 'https://c.kz/'];
const shard = (text: string) => {
  const parsed = parseShard(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.shard;
};
const pick = (items: string[], text: string) => pickShard(items, (u) => u, shard(text));

describe('--shard i/n (1-based)', () => {
  it('parses i/n', () => {
    expect(parseShard('2/3')).toEqual({ ok: true, shard: { index: 2, count: 3 } });
    expect(parseShard('1/1')).toEqual({ ok: true, shard: { index: 1, count: 1 } });
    for (const bad of ['0/3', '4/3', '1/0', 'a/b', '1-3', '']) expect(parseShard(bad).ok, bad).toBe(false);
  });

  it('splits the list into disjoint shards that cover it, balanced', () => {
    const parts = ['1/3', '2/3', '3/3'].map((s) => pick(URLS, s));
    expect(parts.flat().sort()).toEqual([...URLS].sort());
    expect(parts.map((p) => p.length).sort()).toEqual([1, 2, 2]);
  });

  it('does not depend on the order of the list, and keeps the given order inside a shard', () => {
    const reversed = [...URLS].reverse();
    expect(pick(reversed, '1/2').sort()).toEqual(pick(URLS, '1/2').sort());
    expect(pick(URLS, '1/2')).toEqual(['https://e.kz/', 'https://a.kz/', 'https://c.kz/']);
  });
});
