// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureBuiltins } from '../../../src/page/builtins';
import { createLimiter, FLUSH_INTERVAL_MS } from '../../../src/page/limiter';

const saved = { has: Map.prototype.has, get: Map.prototype.get, set: Map.prototype.set, forEach: Map.prototype.forEach };

afterEach(() => {
  Object.assign(Map.prototype, saved);
  vi.useRealTimers();
});

describe('limiter under a hostile page', () => {
  it('reports once, then one summary with the count, though the page broke Map.prototype', () => {
    vi.useFakeTimers();
    const b = captureBuiltins(window as unknown as Window & typeof globalThis);
    const limiter = createLimiter(b);
    const thrower = () => { throw new Error('poisoned'); };
    const reports: number[] = [];
    // Restored at once: the test runner itself needs Map.
    try {
      Object.assign(Map.prototype, { has: thrower, get: thrower, set: thrower, forEach: thrower });
      for (let i = 0; i < 1000; i += 1) limiter.hit('canvas', (count) => reports.push(count));
    } finally {
      Object.assign(Map.prototype, saved);
    }
    try {
      Map.prototype.forEach = thrower;
      vi.advanceTimersByTime(FLUSH_INTERVAL_MS);
    } finally {
      Object.assign(Map.prototype, saved);
    }
    expect(reports).toEqual([1, 999]);
  });
});
