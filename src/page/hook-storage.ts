/**
 * Writes to Web Storage and IndexedDB (category tracking_technologies). Only string and number
 * arguments are looked at: the native call converts objects with their own toString, and calling a
 * page's toString a second time would be visible to it. The page world sends a key, the value's first
 * 40 characters and its length; the background judges whether that looks like an identifier.
 *
 * Property assignment (`localStorage.uid = …`) and non-string setItem arguments bypass this hook:
 * hook-storage-named.ts finds what they wrote. Not seen: IndexedDB object values, which are not read
 * (their getters and proxies would see us), only a string or number value and an out-of-line key.
 */
import type { HookContext } from './context';
import type { NativeMask } from './native-mask';
import { watchNamedWrites } from './hook-storage-named';
import { distinctNames, report } from './report';
import { wrapMethod, wrapMethodThen } from './wrap';
import { protoOf } from './proto';

type PageWindow = Window & typeof globalThis;
type Area = 'localStorage' | 'sessionStorage' | 'indexedDB';

/** Distinct keys reported one by one per window; further keys are summarised together. */
const MAX_DISTINCT_KEYS = 100;
/** Values this long or longer are reported apart from short ones (a flag later replaced by an id). */
const LONG_VALUE = 8;

function printable(value: unknown): string | null {
  if (typeof value === 'string') return value;
  return typeof value === 'number' ? `${value}` : null;
}

export function hookStorage(win: PageWindow, ctx: HookContext, mask: NativeMask): void {
  const { b } = ctx;
  const capKey = distinctNames(ctx, MAX_DISTINCT_KEYS, '(other keys)');
  const write = (area: Area, key: string, value: string): void => {
    // Cut before counting: keys equal in their first 200 characters are one key as reported.
    const name = capKey(b.slice(key, 0, 200));
    report(ctx, `store|${area}|${value.length >= LONG_VALUE}|${name}`, { type: 'storage-write', area,
      key: name, sample: b.slice(value, 0, 40), length: value.length });
  };
  // The Storage objects are looked up on first write, not at install: the localStorage getter opens
  // the storage area, which would cost every page load, and throws in opaque origins.
  const localGetter = b.getOwnPropertyDescriptor(win, 'localStorage')?.get;
  const sessionGetter = b.getOwnPropertyDescriptor(win, 'sessionStorage')?.get;
  const areas = new b.WeakMap<object, Area>();
  const remember = (getter: (() => unknown) | undefined, area: Area): void => {
    try {
      const object: unknown = getter ? b.apply(getter, win, []) : null;
      if (typeof object === 'object' && object !== null) areas.set(object, area);
    } catch {
      // Storage disabled or an opaque origin: nothing to attribute.
    }
  };
  let resolved = false;
  const areaOf = (storage: unknown): Area | undefined => {
    if (!resolved) {
      resolved = true;
      remember(localGetter, 'localStorage');
      remember(sessionGetter, 'sessionStorage');
    }
    return typeof storage === 'object' && storage !== null ? areas.get(storage) : undefined;
  };
  const named = watchNamedWrites(win, ctx, mask, areaOf, write);
  // Reported after the native call returned: a write refused (quota, say) never happened.
  wrapMethodThen(b, mask, protoOf(win, 'Storage'), 'setItem', (self, args) => {
    const key = args[0];
    const value = args[1];
    if (typeof key !== 'string' || typeof value !== 'string') return;
    const area = areaOf(self);
    if (area !== 'localStorage' && area !== 'sessionStorage') return;
    write(area, key, value);
    named.wrote(area, key, value);
  });
  const storeName = b.getOwnPropertyDescriptor(protoOf(win, 'IDBObjectStore') ?? {}, 'name')?.get;
  const idbWrite = (args: unknown[], self: unknown): void => {
    const sample = printable(args[0]);
    const outOfLine = printable(args[1]);
    if (sample === null && outOfLine === null) return;
    const store = storeName ? printable(b.apply(storeName, self, [])) ?? '' : '';
    write('indexedDB', outOfLine === null ? store : `${store}/${outOfLine}`, sample ?? '');
  };
  wrapMethod(b, mask, protoOf(win, 'IDBObjectStore'), 'put', idbWrite);
  wrapMethod(b, mask, protoOf(win, 'IDBObjectStore'), 'add', idbWrite);
}
