import { describe, expect, it } from 'vitest';
import { carriesPageUrl, requestDraft, type RequestInfo } from '../../../src/observe/network/request-drafts';
import type { ThirdParty } from '../../../src/schema/observation';

const where = { pageUrl: 'https://1kredit.kz/apply?step=2', frameUrl: 'https://1kredit.kz/apply?step=2', at: '2026-11-21T09:00:00.000Z' };
const describeParty = (url: string): ThirdParty => ({ domain: new URL(url).hostname,
  organization: url.includes('yandex') ? 'Yandex' : null, country: url.includes('yandex') ? 'RU' : null,
  trackerCategory: url.includes('yandex') ? 'site_analytics' : null });

function info(url: string, resourceType = 'xmlhttprequest', body = ''): RequestInfo {
  return { url, method: 'GET', resourceType, initiator: 'https://1kredit.kz', body };
}

describe('third-party request observations', () => {
  it('ignores first-party requests, including subdomains of the site', () => {
    expect(requestDraft(info('https://1kredit.kz/api/calc'), where, describeParty)).toBeNull();
    expect(requestDraft(info('https://cdn.1kredit.kz/app.js', 'script'), where, describeParty)).toBeNull();
  });

  it('names the operator and counts analytics endpoints as usage data', () => {
    const keyed = requestDraft(info('https://mc.yandex.ru/watch/123?page-url=x'), where, describeParty);
    expect(keyed?.draft.category).toBe('usage_data');
    expect(keyed?.draft.thirdParty).toMatchObject({ domain: 'mc.yandex.ru', organization: 'Yandex', country: 'RU' });
  });

  it('treats beacons and query-carrying images as pixels, unknown hosts as plain IP exposure', () => {
    expect(requestDraft(info('https://www.facebook.com/tr?id=1&ev=PageView', 'image'), where, describeParty)?.draft.category)
      .toBe('tracking_technologies');
    expect(requestDraft(info('https://fonts.example.org/a.woff2', 'font'), where, describeParty)?.draft.category)
      .toBe('ip_address');
  });

  it('detects the page URL in the query or the body, encoded or not', () => {
    const encoded = info(`https://top-fwz1.mail.ru/counter?url=${encodeURIComponent(where.pageUrl)}`);
    expect(carriesPageUrl(encoded, where.pageUrl)).toBe(true);
    expect(carriesPageUrl(info('https://x.io/c', 'ping', 'dl=1kredit.kz/apply&x=1'), where.pageUrl)).toBe(true);
    expect(carriesPageUrl(info('https://x.io/c?u=other.kz/apply'), where.pageUrl)).toBe(false);
  });

  it('coalesces requests that differ only in their query string', () => {
    const a = requestDraft(info('https://mc.yandex.ru/watch/1?rn=1'), where, describeParty);
    const b = requestDraft(info('https://mc.yandex.ru/watch/1?rn=2'), where, describeParty);
    expect(a?.key).toBe(b?.key);
  });
});
