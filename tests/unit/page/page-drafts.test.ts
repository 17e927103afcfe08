import { describe, expect, it } from 'vitest';
import { cookieDraft } from '../../../src/observe/cookies/cookie-drafts';
import { parseSetCookie } from '../../../src/observe/cookies/set-cookie';
import { pageEventDrafts } from '../../../src/observe/page-drafts';
import { defaultPath } from '../../../src/observe/cookies/set-cookie';
import { PageEvent } from '../../../src/schema/messages';

const where = { pageUrl: 'https://1kredit.kz/apply/step1', frameUrl: 'https://1kredit.kz/apply/step1', at: '2026-11-21T09:00:00.000Z' };
const describeParty = (url: string) => ({ domain: new URL(url).hostname, organization: null, country: null, trackerCategory: null });
const drafts = (event: unknown, at = where) => pageEventDrafts(PageEvent.parse(event), at, describeParty);

describe('page event drafts', () => {
  it('keys a document.cookie write as the cookies API and Set-Cookie observers do', () => {
    const [written] = drafts({ type: 'cookie-write', name: 'uid', attributes: ' Path=/; Max-Age=600', count: 1 });
    const fromHeader = cookieDraft(parseSetCookie('uid=x; Path=/', where.pageUrl)!, 'set-cookie', where, describeParty);
    expect(written?.key).toBe(fromHeader.key);
    expect(written?.draft.detail).toMatchObject({ kind: 'cookie', via: 'document.cookie', firstParty: true });
  });

  it('gives a cookie without Path the directory of the document, and skips deletions', () => {
    expect(defaultPath('https://1kredit.kz/apply/step1')).toBe('/apply');
    expect(defaultPath('https://1kredit.kz/')).toBe('/');
    expect(drafts({ type: 'cookie-write', name: 'uid', attributes: '', count: 1 })[0]?.key).toBe('cookie|uid|1kredit.kz|/apply');
    expect(drafts({ type: 'cookie-write', name: 'uid', attributes: ' max-age=0', count: 1 })).toEqual([]);
    expect(drafts({ type: 'cookie-write', name: 'uid', attributes: ' expires=Thu, 01 Jan 1970 00:00:00 GMT', count: 1 })).toEqual([]);
  });

  it('records identifier-like storage writes only, with a marked truncated sample', () => {
    const base = { type: 'storage-write', area: 'localStorage', key: 'k', count: 3 };
    expect(drafts({ ...base, sample: 'dark', length: 4 })).toEqual([]);
    const [id] = drafts({ ...base, sample: 'f47ac10b-58cc-4372-a567-0e02b2c3d479', length: 80 });
    expect(id?.draft).toMatchObject({ category: 'tracking_technologies',
      detail: { valueSample: 'f47ac10b-58cc-4372-a567-0e02b2c3d479…', identifierLike: true, count: 3 } });
  });

  it('sorts API reads into device and browser data and names a cross-site frame as the third party', () => {
    expect(drafts({ type: 'api-read', api: 'screen.width', count: 2 })[0]?.draft.category).toBe('device_info');
    expect(drafts({ type: 'api-read', api: 'navigator.userAgent', count: 2 })[0]?.draft.category).toBe('browser_info');
    const [tracked] = drafts({ type: 'fingerprint', technique: 'canvas', evidence: 'toDataURL', count: 1 },
      { ...where, frameUrl: 'https://mc.yandex.ru/metrika/frame.html' });
    expect(tracked?.draft).toMatchObject({ category: 'fingerprinting', thirdParty: { domain: 'mc.yandex.ru' } });
  });

  it('names about:blank children patched from their parent', () => {
    const [child] = drafts({ type: 'fingerprint', technique: 'webgl', evidence: 'e', count: 1, childFrame: 'about:blank' });
    expect(child?.draft.frameUrl).toBe('about:blank');
  });
});
