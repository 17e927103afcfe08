// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { MIN_CHECK_GAP_MS, watchNamedWrites } from '../../../src/page/hook-storage-named';
import { fakeWindow, hookHarness } from './hook-context';

/** A Web Storage stand-in that counts how often its values are read. */
class CountingStorage {
  data = new Map<string, string>();
  reads = 0;
  get length(): number {
    return this.data.size;
  }
  key(index: number): string | null {
    return [...this.data.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    this.reads += 1;
    return this.data.get(key) ?? null;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function page() {
  const local = new CountingStorage();
  const win = fakeWindow({ Storage: CountingStorage });
  Object.defineProperty(win, 'localStorage', { get: () => local, configurable: true });
  const writes: Array<{ key: string; value: string }> = [];
  const { ctx, mask } = hookHarness();
  watchNamedWrites(win, ctx, mask, () => 'localStorage', (_area, key, value) => writes.push({ key, value }));
  const storage = () => (win as unknown as { localStorage: CountingStorage }).localStorage;
  return { local, storage, writes };
}

describe('storage writes by assignment', () => {
  it('reports a value assigned after the page got hold of the storage, once', async () => {
    const { local, storage, writes } = page();
    local.data.set('theme', 'dark');
    storage();
    await sleep(5);
    storage().data.set('uid', 'f47ac10b-58cc-4372-a567-0e02b2c3d479');
    await sleep(MIN_CHECK_GAP_MS + 50);
    storage();
    await sleep(5);
    expect(writes).toEqual([{ key: 'uid', value: 'f47ac10b-58cc-4372-a567-0e02b2c3d479' }]);
  });

  it('compares at most every MIN_CHECK_GAP_MS however often the page touches storage', async () => {
    const { local, storage } = page();
    for (let i = 0; i < 20; i += 1) local.data.set(`k${i}`, 'v');
    storage();
    await sleep(5);
    const before = local.reads;
    for (let task = 0; task < 40; task += 1) {
      storage();
      await sleep(1);
    }
    // 40 tasks in well under a second: a check per task would read 20 values 40 times.
    expect((local.reads - before) / 20).toBeLessThanOrEqual(3);
  });
});
