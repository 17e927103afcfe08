/**
 * Web Storage writes made by named-property assignment: `localStorage.uid = …`, `sessionStorage['x']
 * = …`, `Object.assign(localStorage, …)`. They go through Storage's named-property setter, which no
 * prototype member intercepts, and a Proxy handed out in place of the Storage object would show in
 * identity and brand checks (`Storage.prototype.getItem.call(proxy)` throws). So they are found after
 * the fact: an area's keys and values are taken as a baseline the first time the page gets hold of
 * its Storage object (the window's getter, or a storage event's `storageArea`), before it can write,
 * and compared with the area right after each task in which the page got the object again, and every
 * CHECK_INTERVAL_MS for writes through a reference kept from earlier; a page touching storage in
 * every task is compared at most every MIN_CHECK_GAP_MS, and only its first MAX_KEYS_COMPARED keys.
 * A new or changed value is reported as a write; a setItem write is reported by its own hook and
 * folded into the baseline, so it is not reported twice.
 * Not seen: a value written by assignment and removed or replaced again before the next check, or past
 * the first MAX_KEYS_COMPARED keys; one
 * written as the page is left (the relay's batch would not outlive the page).
 */
import type { HookContext } from './context';
import type { NativeMask } from './native-mask';
import { wrapGetter } from './wrap';

type PageWindow = Window & typeof globalThis;
export type WebStorageArea = 'localStorage' | 'sessionStorage';

export const CHECK_INTERVAL_MS = 2000;
/** A page touching storage in every task (every animation frame, say) is compared at most this often. */
export const MIN_CHECK_GAP_MS = 250;
/** Keys compared per area: identifiers sit among a site's first keys, and a page cannot make each check cost more. */
export const MAX_KEYS_COMPARED = 500;

export interface NamedWrites {
  /** A write the setItem hook reported: part of the baseline from now on. */
  wrote(area: WebStorageArea, key: string, value: string): void;
}

interface Snapshot { storage: object; values: Map<string, string> }

export function watchNamedWrites(win: PageWindow, ctx: HookContext, mask: NativeMask,
  areaOf: (storage: unknown) => string | undefined,
  write: (area: WebStorageArea, key: string, value: string) => void): NamedWrites {
  const { b } = ctx;
  const storageProto = (win as unknown as { Storage?: { prototype?: object } }).Storage?.prototype ?? {};
  const lengthOf = b.getOwnPropertyDescriptor(storageProto, 'length')?.get;
  const keyAt: unknown = b.getOwnPropertyDescriptor(storageProto, 'key')?.value;
  const getItem: unknown = b.getOwnPropertyDescriptor(storageProto, 'getItem')?.value;
  const snapshots = new b.Map<WebStorageArea, Snapshot>();
  const read = (storage: object): Map<string, string> => {
    const values = new b.Map<string, string>();
    const length: unknown = lengthOf ? b.apply(lengthOf, storage, []) : 0;
    for (let i = 0; typeof length === 'number' && i < length && i < MAX_KEYS_COMPARED; i += 1) {
      const key: unknown = b.apply(keyAt as () => unknown, storage, [i]);
      const value: unknown = typeof key === 'string' ? b.apply(getItem as () => unknown, storage, [key]) : null;
      if (typeof key === 'string' && typeof value === 'string') values.set(key, value);
    }
    return values;
  };
  const check = (): void => {
    snapshots.forEach((snapshot, area) => {
      const current = read(snapshot.storage);
      current.forEach((value, key) => {
        if (snapshot.values.get(key) !== value) write(area, key, value);
      });
      snapshot.values = current;
    });
  };
  const tick = (): void => {
    try {
      check();
    } finally {
      b.setTimeout(tick, CHECK_INTERVAL_MS);
    }
  };
  let armed = false;
  let soon = false;
  let cooling = false;
  let wanted = false;
  const checkSoon = (): void => {
    if (cooling) {
      wanted = true;
      return;
    }
    if (soon) return;
    soon = true;
    b.setTimeout(() => {
      soon = false;
      check();
      cooling = true;
      b.setTimeout(() => {
        cooling = false;
        if (wanted) {
          wanted = false;
          checkSoon();
        }
      }, MIN_CHECK_GAP_MS);
    }, 0);
  };
  const touched = (area: WebStorageArea, storage: unknown): void => {
    if (typeof storage !== 'object' || storage === null) return;
    // Writes usually follow the access in the same task: look right after it.
    checkSoon();
    if (snapshots.has(area)) return;
    snapshots.set(area, { storage, values: read(storage) });
    if (armed) return;
    armed = true;
    b.setTimeout(tick, CHECK_INTERVAL_MS);
  };
  if (typeof keyAt === 'function' && typeof getItem === 'function') {
    wrapGetter(b, mask, win, 'localStorage', (storage) => touched('localStorage', storage));
    wrapGetter(b, mask, win, 'sessionStorage', (storage) => touched('sessionStorage', storage));
    const storageEvent = (win as unknown as { StorageEvent?: { prototype?: object } }).StorageEvent?.prototype;
    wrapGetter(b, mask, storageEvent, 'storageArea', (storage) => {
      const area = areaOf(storage);
      if (area === 'localStorage' || area === 'sessionStorage') touched(area, storage);
    });
  }
  return {
    wrote(area, key, value) {
      snapshots.get(area)?.values.set(key, value);
    },
  };
}
