import { describe, expect, it } from 'vitest';
import { memoryArea, type StorageArea } from '../../../src/storage/area';
import { prefetchedArea } from '../../../src/storage/prefetched-area';

/** Counts the reads that reach the underlying area. */
function counted(area: StorageArea): StorageArea & { reads: number } {
  const result = { ...area, reads: 0 };
  result.get = (keys) => { result.reads += 1; return area.get(keys); };
  result.getKeys = () => { result.reads += 1; return area.getKeys?.() ?? Promise.resolve([]); };
  return result;
}

describe('prefetched storage area', () => {
  it('serves the covered keys from the prefetch without another read', async () => {
    const area = counted(memoryArea({ ledger: { a: 1 }, other: 2 }));
    const served = prefetchedArea(area, ['ledger'], area.get('ledger'));
    expect(await served.get('ledger')).toEqual({ ledger: { a: 1 } });
    expect(await served.get(['ledger'])).toEqual({ ledger: { a: 1 } });
    expect(area.reads).toBe(1);
  });

  it('reads keys it did not prefetch from the area', async () => {
    const area = counted(memoryArea({ ledger: 1, other: 2 }));
    const served = prefetchedArea(area, ['ledger'], area.get('ledger'));
    expect(await served.get('other')).toEqual({ other: 2 });
    expect(await served.get(['ledger', 'other'])).toEqual({ ledger: 1, other: 2 });
    expect(area.reads).toBe(3);
  });

  it('stops serving the prefetch once anything is written, so no read is stale', async () => {
    const area = counted(memoryArea({ 'tab:1': 'old' }));
    const served = prefetchedArea(area, null, area.get(null));
    expect(await served.getKeys?.()).toEqual(['tab:1']);
    expect(await served.get(['tab:1'])).toEqual({ 'tab:1': 'old' });
    expect(area.reads).toBe(1);
    await served.set({ 'tab:1': 'new', 'tab:2': 'x' });
    expect(await served.get(null)).toEqual({ 'tab:1': 'new', 'tab:2': 'x' });
    expect(await served.getKeys?.()).toEqual(['tab:1', 'tab:2']);
  });
});
