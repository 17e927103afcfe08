import { describe, expect, it } from 'vitest';
import { memoryArea, type StorageArea } from '../../../src/storage/area';
import { createObservationStore } from '../../../src/storage/observation-store';
import { draft, geolocationDetail } from '../factories';

let counter = 0;
const ids = () => `id-${++counter}`;

/** Records which keys each `get` asked for. */
function spied(area: StorageArea): StorageArea & { asked: Array<string | string[] | null | undefined> } {
  const asked: Array<string | string[] | null | undefined> = [];
  return { ...area, asked, get: (keys) => { asked.push(keys); return area.get(keys); } };
}

describe('observation store', () => {
  it('writes each observation through to storage at once', async () => {
    const area = memoryArea();
    const store = createObservationStore(area, undefined, ids);
    const saved = await store.record('1kredit.kz', 'geo', draft(geolocationDetail()));
    expect(saved).not.toBeNull();
    const persisted = [...area.data.keys()].filter((key) => key.startsWith('obs:1kredit.kz:'));
    expect(persisted).toHaveLength(1);
  });

  it('rebuilds everything from storage after the worker restarts', async () => {
    const area = memoryArea();
    const first = createObservationStore(area, undefined, ids);
    await first.record('1kredit.kz', 'geo', draft(geolocationDetail()));
    await first.record('1kredit.kz', 'cam', draft({ kind: 'device_request', api: 'mediaDevices.getUserMedia',
      userGesture: true, constraints: 'video', count: 1 }, { category: 'camera' }));
    const restarted = createObservationStore(area, undefined, ids);
    const categories = (await restarted.list('1kredit.kz')).map((o) => o.category).sort();
    expect(categories).toEqual(['camera', 'geolocation']);
  });

  it('coalesces repeats into one record with a count, also across restarts', async () => {
    const area = memoryArea();
    const store = createObservationStore(area, undefined, ids);
    await store.record('s.kz', 'geo', draft(geolocationDetail(1)));
    await store.record('s.kz', 'geo', draft(geolocationDetail(999)));
    const again = createObservationStore(area, undefined, ids);
    await again.record('s.kz', 'geo', draft(geolocationDetail(1000)));
    const [only, ...rest] = await again.list('s.kz');
    expect(rest).toHaveLength(0);
    expect(only?.detail).toMatchObject({ kind: 'device_request', count: 2000 });
  });

  it('refuses records past the per-site bound and remembers that it did', async () => {
    const store = createObservationStore(memoryArea(), { perSite: 3, totalBytes: 1e9 }, ids);
    for (let i = 0; i < 10; i += 1) await store.record('s.kz', `k${i}`, draft(geolocationDetail()));
    expect(await store.list('s.kz')).toHaveLength(3);
    expect(await store.status('s.kz')).toEqual({ limitReached: true, dropped: 7 });
  });

  it('keeps the total byte budget across sites, and uses it', async () => {
    const area = memoryArea();
    const store = createObservationStore(area, { perSite: 1000, totalBytes: 4000 }, ids);
    for (let i = 0; i < 50; i += 1) await store.record(`site${i % 5}.kz`, `k${i}`, draft(geolocationDetail()));
    const sizes = [...area.data].filter(([key]) => key.startsWith('obs:')).map(([key, value]) => key.length + JSON.stringify(value).length);
    const stored = sizes.reduce((sum, size) => sum + size, 0);
    const largest = Math.max(...sizes);
    expect(stored).toBeLessThanOrEqual(4000);
    expect(stored + 2 * largest).toBeGreaterThan(4000);
    expect((await store.status('site0.kz')).limitReached).toBe(true);
  });

  it('ignores corrupt storage entries instead of failing to start', async () => {
    const area = memoryArea({ 'obs:x.kz:1': { site: 'x.kz', key: 'k', observation: { id: 1 } }, 'obs:x.kz:2': 'junk' });
    const store = createObservationStore(area, undefined, ids);
    expect(await store.list('x.kz')).toEqual([]);
    expect(await store.record('x.kz', 'geo', draft(geolocationDetail()))).not.toBeNull();
  });

  it('clears one site without touching another', async () => {
    const area = memoryArea();
    const store = createObservationStore(area, undefined, ids);
    await store.record('a.kz', 'geo', draft(geolocationDetail()));
    await store.record('b.kz', 'geo', draft(geolocationDetail()));
    await store.clear('a.kz');
    expect(await store.list('a.kz')).toEqual([]);
    expect(await store.list('b.kz')).toHaveLength(1);
    expect([...area.data.keys()].some((key) => key.includes('a.kz'))).toBe(false);
  });

  it('wakes on the site ledger alone and loads a site\'s records only when the site is used', async () => {
    const area = memoryArea();
    const first = createObservationStore(area, undefined, ids);
    await first.record('a.kz', 'geo', draft(geolocationDetail()));
    await first.record('b.kz', 'geo', draft(geolocationDetail()));
    const watched = spied(area);
    const woken = createObservationStore(watched, undefined, ids);
    await woken.ready;
    expect(watched.asked).toEqual(['obs-sites']);
    expect(await woken.list('b.kz')).toHaveLength(1);
    expect(watched.asked.flat().filter((key) => key?.startsWith('obs:'))).toEqual([expect.stringMatching(/^obs:b\.kz:/u)]);
  });

  it('keeps the byte budget and the bound status across a restart without loading other sites', async () => {
    const area = memoryArea();
    const limits = { perSite: 1000, totalBytes: 4000 };
    const first = createObservationStore(area, limits, ids);
    for (let i = 0; i < 5; i += 1) await first.record('a.kz', `k${i}`, draft(geolocationDetail()));
    expect((await first.status('a.kz')).limitReached).toBe(false);
    const woken = createObservationStore(area, limits, ids);
    for (let i = 0; i < 40; i += 1) await woken.record('b.kz', `k${i}`, draft(geolocationDetail()));
    const stored = [...area.data].filter(([key]) => key.startsWith('obs:')).reduce((sum, [key, value]) => sum + key.length + JSON.stringify(value).length, 0);
    expect(stored).toBeLessThanOrEqual(4000);
    expect((await createObservationStore(area, limits, ids).status('b.kz')).limitReached).toBe(true);
    await woken.clear('a.kz');
    const again = createObservationStore(area, limits, ids);
    expect(await again.record('b.kz', 'after-clear', draft(geolocationDetail()))).not.toBeNull();
  });

  it('reads a site again after a failed read instead of failing its every later record', async () => {
    const area = memoryArea();
    let failNext = true;
    const flaky: StorageArea = { ...area, get: (keys) => {
      if (failNext && Array.isArray(keys)) { failNext = false; return Promise.reject(new Error('storage busy')); }
      return area.get(keys);
    } };
    await createObservationStore(area, undefined, ids).record('a.kz', 'geo', draft(geolocationDetail()));
    const woken = createObservationStore(flaky, undefined, ids);
    await expect(woken.list('a.kz')).rejects.toThrow('storage busy');
    expect(await woken.list('a.kz')).toHaveLength(1);
  });
});
