/**
 * Cookies seen through the cookies API: this catches what scripts write with document.cookie,
 * which no response header shows. A cookie is attributed to every open page of its site.
 */
import { cookieDraft } from '../observe/cookies/cookie-drafts';
import type { ParsedCookie } from '../observe/cookies/set-cookie';
import { siteOf } from '../trackers/site';
import { recordAll } from './record';
import type { Services } from './services';

export interface ChangedCookie {
  name: string;
  domain: string;
  path: string;
  httpOnly: boolean;
  secure: boolean;
  sameSite: string;
  session: boolean;
}

export async function onCookieSet(services: Services, cookie: ChangedCookie): Promise<void> {
  const parsed: ParsedCookie = { ...cookie, name: cookie.name.slice(0, 256),
    domain: cookie.domain.replace(/^\./, '').slice(0, 253), path: cookie.path.slice(0, 256) };
  const cookieSite = siteOf(`https://${parsed.domain}/`);
  const at = new Date().toISOString();
  const seen = new Set<string>();
  for (const page of services.tabs.all()) {
    if (page.site !== cookieSite || seen.has(page.pageUrl)) continue;
    seen.add(page.pageUrl);
    const where = { pageUrl: page.pageUrl, frameUrl: page.pageUrl, at };
    await recordAll(services, page.site, [cookieDraft(parsed, 'cookies-api', where, services.trackers.describe)]);
  }
}
