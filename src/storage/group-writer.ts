/**
 * Writes to a storage area as group commits: the first write goes out at once; writes made while it
 * is in flight wait for it and then go out together in one `set`. Nothing waits on a timer, so a
 * record is stored as soon as the area can take it, but a page load's hundred small records cost a
 * handful of storage round trips instead of a hundred. Each caller's promise settles when the batch
 * holding its items has been written (or has failed).
 */
import type { StorageArea } from './area';

export type GroupWriter = (items: Record<string, unknown>) => Promise<void>;

export function createGroupWriter(area: Pick<StorageArea, 'set'>): GroupWriter {
  let inFlight: Promise<void> = Promise.resolve();
  let next: { items: Record<string, unknown>; written: Promise<void> } | null = null;
  return (items) => {
    if (next === null) {
      const batch: Record<string, unknown> = {};
      const written = inFlight.then(() => {
        next = null;
        return area.set(batch);
      });
      next = { items: batch, written };
      // A failed batch fails its own callers only; the next batch still goes out.
      inFlight = written.catch(() => undefined);
    }
    Object.assign(next.items, items);
    return next.written;
  };
}
