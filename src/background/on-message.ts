/**
 * Runtime messages. Content scripts may only report page events for their own tab and frame;
 * only the extension's own pages may read state. Everything is parsed again here.
 */
import { RuntimeRequest, type TabState } from '../schema/messages';
import { onDomEvents } from './on-dom-events';
import { onPageEvents } from './on-page-events';
import type { Services } from './services';

export interface MessageSender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

export interface MessageContext { extensionId: string; extensionOrigin: string }

async function tabState(services: Services, tabId: number): Promise<TabState> {
  const page = services.tabs.get(tabId);
  if (!page) return { tabId, pageUrl: null, site: null, observations: [], limitReached: false, dropped: 0 };
  const [observations, status] = await Promise.all([services.store.list(page.site), services.store.status(page.site)]);
  return { tabId, pageUrl: page.pageUrl, site: page.site, observations, ...status };
}

export async function onMessage(services: Services, message: unknown, sender: MessageSender,
  context: MessageContext): Promise<TabState | { ok: boolean } | undefined> {
  if (sender.id !== context.extensionId) return undefined;
  const parsed = RuntimeRequest.safeParse(message);
  if (!parsed.success) return undefined;
  const request = parsed.data;
  const fromExtensionPage = (sender.url ?? '').startsWith(context.extensionOrigin);
  if (request.type === 'get-tab-state') return fromExtensionPage ? tabState(services, request.tabId) : undefined;
  const tabId = sender.tab?.id;
  if (fromExtensionPage || tabId === undefined || sender.frameId === undefined || !sender.url) return undefined;
  const content = { tabId, frameId: sender.frameId, url: sender.url, tabUrl: sender.tab?.url ?? null };
  if (request.type === 'dom-events') await onDomEvents(services, content, request.events);
  else await onPageEvents(services, content, request.events);
  return { ok: true };
}
