/**
 * A storage area whose first reads were started before the worker finished evaluating its code, so
 * a wake's storage round trip overlaps the evaluation instead of following it. Reads are served from
 * the prefetched items until the first write or removal; anything not covered goes to the area.
 */
import type { StorageArea } from './area';

/** `covered` lists the keys the prefetch read, or is null when it read the whole area. */
export function prefetchedArea(area: StorageArea, covered: readonly string[] | null,
  prefetch: Promise<Record<string, unknown>>): StorageArea {
  let items: Promise<Record<string, unknown>> | null = prefetch;
  const coveredKey = (key: string) => covered === null || covered.includes(key);
  const invalidate = () => { items = null; };
  const served: StorageArea = {
    async get(keys) {
      const wanted = typeof keys === 'string' ? [keys] : keys ?? null;
      if (!items || (wanted === null ? covered !== null : !wanted.every(coveredKey))) return area.get(keys);
      const all = await items;
      return wanted === null ? { ...all } : Object.fromEntries(wanted.filter((key) => key in all).map((key) => [key, all[key]]));
    },
    set: (values) => { invalidate(); return area.set(values); },
    remove: (keys) => { invalidate(); return area.remove(keys); },
  };
  if (area.getKeys) {
    const getKeys = area.getKeys.bind(area);
    served.getKeys = async () => (items && covered === null ? Object.keys(await items) : getKeys());
  }
  return served;
}
