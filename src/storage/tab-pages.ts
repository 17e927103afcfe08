/** Which top-level page each tab shows, persisted so a restarted worker still attributes requests. */
import { isWebUrl, siteOf } from '../trackers/site';
import { getByPrefix, type StorageArea } from './area';

export interface TabPage { pageUrl: string; site: string }

const PREFIX = 'tab:';

export interface TabPages {
  ready: Promise<void>;
  get(tabId: number): TabPage | null;
  all(): TabPage[];
  set(tabId: number, pageUrl: string): Promise<TabPage | null>;
  forget(tabId: number): Promise<void>;
}

export function createTabPages(area: StorageArea): TabPages {
  const pages = new Map<number, TabPage>();
  const ready = getByPrefix(area, [PREFIX]).then((all) => {
    for (const [key, value] of Object.entries(all)) {
      const page = value as Partial<TabPage>;
      if (key.startsWith(PREFIX) && typeof page.pageUrl === 'string' && typeof page.site === 'string') {
        pages.set(Number(key.slice(PREFIX.length)), { pageUrl: page.pageUrl, site: page.site });
      }
    }
  });
  return {
    ready,
    get: (tabId) => pages.get(tabId) ?? null,
    all: () => [...pages.values()],
    async set(tabId, pageUrl) {
      // Browser pages (chrome://, the extension's own) are no site to audit.
      const site = isWebUrl(pageUrl) ? siteOf(pageUrl) : null;
      if (!site) return null;
      const page = { pageUrl: pageUrl.slice(0, 2048), site };
      pages.set(tabId, page);
      await area.set({ [`${PREFIX}${tabId}`]: page });
      return page;
    },
    async forget(tabId) {
      pages.delete(tabId);
      await area.remove(`${PREFIX}${tabId}`);
    },
  };
}
