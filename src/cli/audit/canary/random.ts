/**
 * A small seeded generator (mulberry32): the same seed gives the same canaries, so a unit test can
 * pin them, while each run seeds with the site and a fresh run id so values never repeat across runs.
 */
import { createHash } from 'node:crypto';

export interface Random {
  /** An integer in [0, max). */
  int(max: number): number;
  digits(count: number): string;
  pick<T>(items: readonly T[]): T;
}

export function createRandom(seed: string): Random {
  let state = createHash('sha256').update(seed).digest().readUInt32LE(0);
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (max: number): number => Math.floor(next() * max);
  return {
    int,
    digits: (count) => Array.from({ length: count }, () => String(int(10))).join(''),
    pick<T>(items: readonly T[]): T {
      const item = items[int(items.length)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
  };
}
