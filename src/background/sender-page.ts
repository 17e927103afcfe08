/** Attributes a content script's report to the top-level page of its tab, from what the browser says. */
import type { Where } from '../observe/keyed-draft';
import type { TabPage } from '../storage/tab-pages';
import type { Services } from './services';

export interface ContentSender { tabId: number; frameId: number; url: string; tabUrl: string | null }

export async function senderPage(services: Services, sender: ContentSender): Promise<{ page: TabPage; where: Where } | null> {
  const known = services.tabs.get(sender.tabId);
  // A top frame's URL comes from the browser and is the page itself, whichever navigation event arrived first.
  const pageUrl = sender.frameId === 0 ? sender.url : known?.pageUrl ?? sender.tabUrl;
  if (!pageUrl) return null;
  const page = known?.pageUrl === pageUrl ? known : await services.tabs.set(sender.tabId, pageUrl);
  if (!page) return null;
  return { page, where: { pageUrl: page.pageUrl, frameUrl: sender.url.slice(0, 2048), at: new Date().toISOString() } };
}
