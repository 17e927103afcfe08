// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { captureBuiltins } from '../../../src/page/builtins';
import { createLimiter, MAX_KEYS } from '../../../src/page/limiter';

describe('page-world limiter', () => {
  it('reports a bounded number of distinct keys, however many a page invents', () => {
    const limiter = createLimiter(captureBuiltins(window as unknown as Window & typeof globalThis));
    let reports = 0;
    for (let i = 0; i < MAX_KEYS * 5; i += 1) limiter.hit(`permissions.query|invented-${i}`, () => { reports += 1; });
    expect(reports).toBe(MAX_KEYS);
  });
});
