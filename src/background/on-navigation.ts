/**
 * Top-level navigations and closed tabs. Values typed on one site are kept while the auditor moves
 * through its pages (multi-page applications) and dropped when the tab leaves the site or closes.
 */
import type { TabPage } from '../storage/tab-pages';
import type { Services } from './services';

export async function onTopNavigation(services: Services, tabId: number, url: string): Promise<TabPage | null> {
  const before = services.tabs.get(tabId);
  const page = await services.tabs.set(tabId, url);
  if (!page) await services.tabs.forget(tabId);
  if (before && before.site !== page?.site) await services.leaks.forget(tabId);
  return page;
}

export async function onTabClosed(services: Services, tabId: number): Promise<void> {
  await services.tabs.forget(tabId);
  await services.leaks.forget(tabId);
}
