/** webRequest events: top-level navigations set the tab's page; third-party requests and cookies are recorded. */
import { cookieDraft } from '../observe/cookies/cookie-drafts';
import { parseSetCookie, splitSetCookieHeader } from '../observe/cookies/set-cookie';
import { insecureDraft } from '../observe/network/insecure-drafts';
import { leakDraft } from '../observe/leaks/leak-drafts';
import { recorderDraft } from '../observe/network/recorders';
import { requestDraft, type RequestInfo } from '../observe/network/request-drafts';
import { isThirdParty, isWebUrl } from '../trackers/site';
import { onTopNavigation } from './on-navigation';
import { recordAll } from './record';
import type { Services } from './services';

export interface RequestEvent {
  tabId: number;
  frameId: number;
  url: string;
  method: string;
  type: string;
  initiator?: string;
  documentUrl?: string;
  /** Decoded only for third-party requests: most requests never need their body read. */
  readBody: () => string;
}

export interface ResponseEvent {
  tabId: number;
  frameId: number;
  url: string;
  type: string;
  initiator?: string;
  documentUrl?: string;
  setCookies: string[];
}

function frameUrlOf(event: { frameId: number; documentUrl?: string; initiator?: string }, pageUrl: string): string {
  if (event.frameId === 0) return pageUrl;
  return (event.documentUrl ?? event.initiator ?? pageUrl).slice(0, 2048);
}

export async function onRequest(services: Services, event: RequestEvent): Promise<void> {
  if (event.tabId < 0 || !isWebUrl(event.url)) return;
  if (event.type === 'main_frame') {
    const page = await onTopNavigation(services, event.tabId, event.url);
    const insecure = insecureDraft(event.url, 'page', { pageUrl: event.url, frameUrl: event.url, at: new Date().toISOString() });
    if (page && insecure) await recordAll(services, page.site, [insecure]);
    return;
  }
  const page = services.tabs.get(event.tabId);
  if (!page) return;
  const where = { pageUrl: page.pageUrl, frameUrl: frameUrlOf(event, page.pageUrl), at: new Date().toISOString() };
  const drafts = [insecureDraft(event.url, 'subresource', where)].flatMap((d) => d ?? []);
  if (isThirdParty(event.url, page.pageUrl)) {
    const body = event.readBody();
    const info: RequestInfo = { url: event.url, method: event.method, resourceType: event.type,
      initiator: event.initiator ?? null, body };
    const draft = requestDraft(info, where, services.trackers.describe);
    if (draft?.draft.thirdParty) {
      drafts.push(draft);
      const recorder = recorderDraft(event.url, services.trackers.lookup(event.url), draft.draft.thirdParty, where);
      if (recorder) drafts.push(recorder);
      const leaks = services.leaks.sent(event.tabId, { url: event.url, body, frameUrl: where.frameUrl, at: where.at });
      for (const leak of leaks) drafts.push(leakDraft(leak, page.pageUrl, services.trackers.describe));
    }
  }
  await recordAll(services, page.site, drafts);
}

export async function onResponse(services: Services, event: ResponseEvent): Promise<void> {
  if (event.tabId < 0 || event.setCookies.length === 0) return;
  const page = services.tabs.get(event.tabId);
  if (!page) return;
  const where = { pageUrl: page.pageUrl, frameUrl: frameUrlOf(event, page.pageUrl), at: new Date().toISOString() };
  const drafts = event.setCookies.flatMap(splitSetCookieHeader)
    .map((header) => parseSetCookie(header, event.url))
    .flatMap((cookie) => (cookie ? [cookieDraft(cookie, 'set-cookie', where, services.trackers.describe)] : []));
  await recordAll(services, page.site, drafts);
}
