/**
 * document.cookie writes, parsed as Set-Cookie headers are (the page sent the name and attributes,
 * never the value), under the key the Set-Cookie and cookies-API observers use, so one cookie seen
 * three ways is one observation.
 */
import type { PageEvent } from '../../schema/messages';
import { cookieDraft } from '../cookies/cookie-drafts';
import { parseSetCookie } from '../cookies/set-cookie';
import type { KeyedDraft, Where } from '../keyed-draft';
import { attributedFrame, type Describe } from './attributed-frame';

type CookieWriteEvent = Extract<PageEvent, { type: 'cookie-write' }>;

/** A write that expires the cookie deletes it: nothing is collected. */
function deletes(attributes: string, now: number): boolean {
  for (const attribute of attributes.split(';')) {
    const [rawKey = '', ...rest] = attribute.split('=');
    const key = rawKey.trim().toLowerCase();
    const value = rest.join('=').trim();
    if (key === 'max-age' && /^-?\d+$/.test(value) && Number(value) <= 0) return true;
    if (key === 'expires' && Date.parse(value) <= now) return true;
  }
  return false;
}

export function cookieWriteDrafts(event: CookieWriteEvent, where: Where, describe: Describe,
  now = Date.now()): KeyedDraft[] {
  if (deletes(event.attributes, now)) return [];
  // The document's own URL gives the default path: a patched about:blank child shares its parent's.
  const cookie = parseSetCookie(`${event.name}=;${event.attributes}`, where.frameUrl);
  if (!cookie) return [];
  return [cookieDraft(cookie, 'document.cookie', { ...where, frameUrl: attributedFrame(event, where) }, describe)];
}
