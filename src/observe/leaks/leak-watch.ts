/**
 * Watches for typed values leaving to third parties. Typed values (with their encoded forms) are kept
 * per tab in session storage, never in reports; recent third-party requests are kept briefly in
 * memory so a value typed just after a recorder shipped it is still matched.
 */
import type { CategoryId } from '../../categories';
import { getByPrefix, type StorageArea } from '../../storage/area';
import { findNeedle, haystackOf, needlesFor, type Haystack, type LeakHit, type Needle } from './needles';

export interface TypedValue { category: CategoryId; label: string; selector: string; needles: Needle[] }
export interface SentRequest { url: string; body: string; frameUrl: string; at: string }
export interface Leak { typed: TypedValue; request: SentRequest; hit: LeakHit }

export const MAX_TYPED_PER_TAB = 100;
export const MAX_RECENT_REQUESTS = 100;
const PREFIX = 'typed:';

export interface LeakWatch {
  ready: Promise<void>;
  /** Remembers a typed value and returns the leaks already visible in recent requests. */
  typed(tabId: number, value: { category: CategoryId; label: string; selector: string; value: string }): Promise<Leak[]>;
  /** Checks one third-party request against the tab's typed values. */
  sent(tabId: number, request: SentRequest): Leak[];
  /** Drops what was typed in and sent from a tab (closed, or gone to another site). */
  forget(tabId: number): Promise<void>;
}

export function createLeakWatch(area: StorageArea): LeakWatch {
  const typedByTab = new Map<number, TypedValue[]>();
  const recentByTab = new Map<number, Array<{ request: SentRequest; haystack: Haystack }>>();
  const ready = getByPrefix(area, [PREFIX]).then((all) => {
    for (const [key, value] of Object.entries(all)) {
      if (key.startsWith(PREFIX) && Array.isArray(value)) typedByTab.set(Number(key.slice(PREFIX.length)), value as TypedValue[]);
    }
  });
  const match = (typed: TypedValue, request: SentRequest, haystack: Haystack): Leak | null => {
    const hit = findNeedle(typed.needles, haystack);
    return hit ? { typed, request, hit } : null;
  };
  return {
    ready,
    async typed(tabId, input) {
      await ready;
      const needles = await needlesFor(input.value);
      if (needles.length === 0) return [];
      const entry: TypedValue = { category: input.category, label: input.label, selector: input.selector, needles };
      // A field typed into again replaces its earlier value: partial values would match by accident.
      const others = (typedByTab.get(tabId) ?? []).filter((typed) => typed.selector !== entry.selector);
      const list = [...others, entry].slice(-MAX_TYPED_PER_TAB);
      typedByTab.set(tabId, list);
      await area.set({ [`${PREFIX}${tabId}`]: list });
      return (recentByTab.get(tabId) ?? []).flatMap(({ request, haystack }) => match(entry, request, haystack) ?? []);
    },
    sent(tabId, request) {
      // Lower-cased and decoded once here, then searched for every typed value.
      const haystack = haystackOf(request.url, request.body);
      const recent = recentByTab.get(tabId) ?? [];
      recent.push({ request, haystack });
      if (recent.length > MAX_RECENT_REQUESTS) recent.shift();
      recentByTab.set(tabId, recent);
      return (typedByTab.get(tabId) ?? []).flatMap((typed) => match(typed, request, haystack) ?? []);
    },
    async forget(tabId) {
      typedByTab.delete(tabId);
      recentByTab.delete(tabId);
      await area.remove(`${PREFIX}${tabId}`);
    },
  };
}
