import { describe, expect, it } from 'vitest';
import { getByPrefix, memoryArea, type StorageArea } from '../../../src/storage/area';

const STORED = { 'obs:a': 1, 'meta:a': 2, 'policy:a': 'a long policy text', 'tab:1': 3 };

/** Records which keys each `get` asked for. */
function spied(area: StorageArea): StorageArea & { asked: Array<string | string[] | null | undefined> } {
  const asked: Array<string | string[] | null | undefined> = [];
  return { ...area, asked, get: (keys) => { asked.push(keys); return area.get(keys); } };
}

describe('reading by key prefix', () => {
  it('reads only the wanted keys when the area can list its keys', async () => {
    const area = spied(memoryArea(STORED));
    expect(await getByPrefix(area, ['obs:', 'meta:'])).toEqual({ 'obs:a': 1, 'meta:a': 2 });
    expect(area.asked).toEqual([['obs:a', 'meta:a']]);
  });

  it('does not read at all when no key matches', async () => {
    const area = spied(memoryArea(STORED));
    expect(await getByPrefix(area, ['typed:'])).toEqual({});
    expect(area.asked).toEqual([]);
  });

  it('falls back to reading everything and filtering where keys cannot be listed', async () => {
    const { getKeys: _unused, ...withoutKeys } = memoryArea(STORED);
    const area = spied(withoutKeys);
    expect(await getByPrefix(area, ['tab:'])).toEqual({ 'tab:1': 3 });
    expect(area.asked).toEqual([null]);
  });
});
