/** Page-world reports relayed by the content script: checked sender, parsed again, attributed here. */
import { deviceDrafts } from '../observe/device-events';
import type { PageEvent } from '../schema/messages';
import { isWebUrl } from '../trackers/site';
import { recordAll } from './record';
import type { Services } from './services';

export interface ContentSender { tabId: number; frameId: number; url: string; tabUrl: string | null }

export async function onPageEvents(services: Services, sender: ContentSender, events: PageEvent[]): Promise<void> {
  const known = services.tabs.get(sender.tabId);
  const pageUrl = known?.pageUrl ?? (sender.frameId === 0 ? sender.url : sender.tabUrl);
  if (!pageUrl || !isWebUrl(pageUrl)) return;
  const page = known && known.pageUrl === pageUrl ? known : await services.tabs.set(sender.tabId, pageUrl);
  if (!page) return;
  const where = { pageUrl: page.pageUrl, frameUrl: sender.url.slice(0, 2048), at: new Date().toISOString() };
  for (const event of events) {
    if (event.type === 'device') await recordAll(services, page.site, deviceDrafts(event, where));
  }
}
