/** Cookies, from Set-Cookie headers or the cookies API, as observations attributed to a page. */
import type { ThirdParty } from '../../schema/observation';
import { siteOf } from '../../trackers/site';
import type { KeyedDraft, Where } from '../keyed-draft';
import type { ParsedCookie } from './set-cookie';

export type CookieVia = 'set-cookie' | 'document.cookie' | 'cookies-api';

export function cookieDraft(cookie: ParsedCookie, via: CookieVia, where: Where,
  describe: (url: string) => ThirdParty): KeyedDraft {
  const cookieSite = siteOf(`https://${cookie.domain}/`);
  const firstParty = cookieSite !== null && cookieSite === siteOf(where.pageUrl);
  return {
    key: ['cookie', cookie.name, cookie.domain, cookie.path].join('|'),
    draft: {
      category: 'cookies',
      kind: 'cookie',
      at: where.at,
      pageUrl: where.pageUrl,
      frameUrl: where.frameUrl,
      thirdParty: firstParty ? null : describe(`https://${cookie.domain}/`),
      detail: { kind: 'cookie', ...cookie, via, firstParty },
    },
  };
}
