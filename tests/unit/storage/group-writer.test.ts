import { describe, expect, it } from 'vitest';
import { memoryArea } from '../../../src/storage/area';
import { createGroupWriter } from '../../../src/storage/group-writer';

/** A storage area whose `set` calls finish only when the test says so. */
function gatedArea() {
  const backing = memoryArea();
  const calls: Array<{ items: Record<string, unknown>; finish: (error?: Error) => void }> = [];
  return {
    backing,
    calls,
    set(items: Record<string, unknown>): Promise<void> {
      return new Promise((resolve, reject) => {
        calls.push({ items: { ...items }, finish: (error) => (error ? reject(error) : backing.set(items).then(resolve)) });
      });
    },
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('group writer', () => {
  it('sends the first write at once and everything written meanwhile as one batch', async () => {
    const area = gatedArea();
    const write = createGroupWriter(area);
    const first = write({ a: 1 });
    await tick();
    expect(area.calls.map((call) => call.items)).toEqual([{ a: 1 }]);
    const second = write({ b: 2 });
    const third = write({ c: 3, b: 4 });
    await tick();
    expect(area.calls).toHaveLength(1);
    area.calls[0]?.finish();
    await first;
    await tick();
    expect(area.calls.map((call) => call.items)).toEqual([{ a: 1 }, { b: 4, c: 3 }]);
    area.calls[1]?.finish();
    await Promise.all([second, third]);
    expect(Object.fromEntries(area.backing.data)).toEqual({ a: 1, b: 4, c: 3 });
  });

  it('settles a caller only once its own batch is stored', async () => {
    const area = gatedArea();
    const write = createGroupWriter(area);
    void write({ a: 1 });
    await tick();
    let stored = false;
    const later = write({ b: 2 }).then(() => { stored = true; });
    area.calls[0]?.finish();
    await tick();
    expect(stored).toBe(false);
    area.calls[1]?.finish();
    await later;
    expect(stored).toBe(true);
  });

  it('fails the callers of a failed batch and still writes the next one', async () => {
    const area = gatedArea();
    const write = createGroupWriter(area);
    const failing = write({ a: 1 });
    await tick();
    const next = write({ b: 2 });
    area.calls[0]?.finish(new Error('quota'));
    await expect(failing).rejects.toThrow('quota');
    await tick();
    area.calls[1]?.finish();
    await next;
    expect(Object.fromEntries(area.backing.data)).toEqual({ b: 2 });
  });
});
