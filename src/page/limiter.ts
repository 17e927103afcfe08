/**
 * Coalesces repeated calls: the first call of each kind is reported at once, later ones are counted
 * and flushed as one summary per interval, so a page calling a million times sends a handful of
 * messages and the extension stores one observation with a count.
 */
import type { Builtins } from './builtins';

export const FLUSH_INTERVAL_MS = 1000;
/**
 * Distinct kinds of call a page can make us report; hooks name calls from small fixed vocabularies,
 * so only a page inventing names runs into this, and its further inventions are not reported.
 */
export const MAX_KEYS = 1000;

export interface Limiter {
  hit(key: string, report: (count: number) => void): void;
}

export function createLimiter(b: Builtins): Limiter {
  const pending = new b.Map<string, { count: number; report: (count: number) => void }>();
  const seen = new b.Map<string, true>();
  let keys = 0;
  let scheduled = false;
  const flush = (): void => {
    scheduled = false;
    // forEach, not for-of: the page can redefine the iterator protocol, not a captured native.
    pending.forEach((entry, key) => {
      pending.delete(key);
      entry.report(entry.count);
    });
  };
  return {
    hit(key, report) {
      if (!seen.has(key)) {
        if (keys >= MAX_KEYS) return;
        keys += 1;
        seen.set(key, true);
        report(1);
        return;
      }
      const entry = pending.get(key);
      if (entry) entry.count += 1;
      else pending.set(key, { count: 1, report });
      if (!scheduled) {
        scheduled = true;
        b.setTimeout(flush, FLUSH_INTERVAL_MS);
      }
    },
  };
}
