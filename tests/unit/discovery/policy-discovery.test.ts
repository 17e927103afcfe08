import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attachPolicy, choosePolicy } from '../../../src/background/policy-attach';
import type { PolicyLink } from '../../../src/schema/discovery';
import { htmlPage } from './helpers';
import { discoveryService } from './service';

const text = (name: string) => readFileSync(`tests/fixtures/discovery/texts/${name}`, 'utf8');
const asHtml = (t: string) => htmlPage(`<main>${t.split('\n').map((l) => `<p>${l}</p>`).join('')}</main>`);
const PAGE = 'https://aqshatez.kz/';
const LINKS: PolicyLink[] = [{ text: 'Политика конфиденциальности', href: 'https://aqshatez.kz/privacy', area: 'footer' },
  { text: 'Согласие на обработку персональных данных', href: 'https://aqshatez.kz/soglasie', area: 'footer' }];
const SITE_ROUTES = { 'https://aqshatez.kz/privacy': { body: asHtml(text('aqsha-policy.txt')) },
  'https://aqshatez.kz/soglasie': { body: asHtml(text('aqsha-consent.txt')) } };

describe('the background finding a site’s policy', () => {
  it('stores what it found as «discovered» and the audit reads it, each declaration with its document', async () => {
    const s = discoveryService({ ...SITE_ROUTES });
    await s.discovery.onLinks(PAGE, LINKS);
    const state = await s.resolver.policyState('aqshatez.kz');
    expect(state.status).toBe('known');
    if (state.status !== 'known') return;
    expect(state.origin).toBe('discovered');
    expect(state.version?.parts.map((p) => [p.url, p.kind])).toEqual([['https://aqshatez.kz/privacy', 'policy'], ['https://aqshatez.kz/soglasie', 'consent']]);
    const sourceOf = (category: string) => state.policy.declarations.find((d) => d.category === category)?.source;
    expect(sourceOf('phone')).toBe('https://aqshatez.kz/privacy');
    expect(sourceOf('geolocation')).toBe('https://aqshatez.kz/soglasie');
    for (const d of state.policy.declarations) expect(state.text).toContain(d.quote.slice(0, 30));
  });

  it('leaves bundled and attached policies alone and fetches nothing for them', async () => {
    const s = discoveryService({ ...SITE_ROUTES }, { 'aqshatez.kz': text('tenge-policy.txt') });
    await s.discovery.onLinks(PAGE, LINKS);
    expect(s.net.asked).toEqual([]);
    const t = discoveryService({ ...SITE_ROUTES });
    await t.deps.policies.attach('aqshatez.kz', { text: text('qarjy-policy.txt'), source: 'pasted', origin: 'attached' });
    await t.discovery.onLinks(PAGE, LINKS);
    expect(t.net.asked).toEqual([]);
    expect((await t.deps.policies.get('aqshatez.kz'))?.origin).toBe('attached');
  });

  it('notices when the same address later serves a different text: «changed since»', async () => {
    const s = discoveryService({ ...SITE_ROUTES });
    await s.discovery.onLinks(PAGE, LINKS);
    const first = await s.deps.policies.get('aqshatez.kz');
    s.clock.now = new Date('2025-09-01T12:00:00Z');
    await s.discovery.onLinks(PAGE, LINKS);
    expect(s.net.asked).toHaveLength(2);
    s.clock.now = new Date('2025-09-02T12:00:00Z');
    await s.discovery.onLinks(PAGE, LINKS);
    expect((await s.deps.policies.get('aqshatez.kz'))).toMatchObject({ sha256: first?.sha256, storedAt: first?.storedAt, checkedAt: '2025-09-02T12:00:00.000Z' });
    s.routes['https://aqshatez.kz/privacy'] = { body: asHtml(`${text('aqsha-policy.txt')}\n4. Мы также собираем геолокацию.`) };
    s.clock.now = new Date('2025-09-03T12:00:00Z');
    await (await s.discovery.searchNow(PAGE)).done;
    const state = await s.resolver.policyState('aqshatez.kz');
    expect(state.status === 'known' && state.version?.previous).toEqual({ sha256: first?.sha256, storedAt: '2025-09-01T10:00:00.000Z' });
  });

  it('when nothing is found, says so with what was tried, and searches again when a page offers a new link', async () => {
    const s = discoveryService({});
    await s.discovery.onLinks(PAGE, [LINKS[0] as PolicyLink]);
    const state = await s.resolver.policyState('aqshatez.kz');
    expect(state).toMatchObject({ status: 'not-found', linksSeen: 1 });
    expect(state.status === 'not-found' && state.tried[0]).toEqual({ url: 'https://aqshatez.kz/privacy', problem: { code: 'http_error', detail: '404' } });
    const asked = s.net.asked.length;
    await s.discovery.onLinks(PAGE, [LINKS[0] as PolicyLink]);
    expect(s.net.asked).toHaveLength(asked);
    s.routes['https://aqshatez.kz/soglasie'] = SITE_ROUTES['https://aqshatez.kz/soglasie'];
    await s.discovery.onLinks('https://aqshatez.kz/zayavka', [LINKS[1] as PolicyLink]);
    expect(await s.resolver.policyState('aqshatez.kz')).toMatchObject({ status: 'known', origin: 'discovered' });
  });

  it('lets the auditor pick among candidates, and only among them', async () => {
    const s = discoveryService({ 'https://aqshatez.kz/privacy-2023': { body: asHtml(text('aqsha-policy.txt')) },
      'https://aqshatez.kz/privacy-2025': { body: asHtml(text('tenge-policy.txt').split('\n\nДербес')[0] ?? '') } });
    await s.discovery.onLinks(PAGE, [{ text: 'Политика конфиденциальности', href: 'https://aqshatez.kz/privacy-2023', area: 'footer' },
      { text: 'Политика конфиденциальности', href: 'https://aqshatez.kz/privacy-2025', area: 'footer' }]);
    expect(await s.resolver.policyState('aqshatez.kz')).toMatchObject({ status: 'choose' });
    expect(await choosePolicy(s.deps, PAGE, 'https://evil.example/')).toMatchObject({ ok: false, problem: { code: 'bad_url' } });
    expect(await choosePolicy(s.deps, PAGE, 'https://aqshatez.kz/privacy-2025')).toMatchObject({ ok: true, policy: { origin: 'discovered' } });
    const state = await s.resolver.policyState('aqshatez.kz');
    expect(state.status === 'known' && state.policy.source).toBe('https://aqshatez.kz/privacy-2025');
  });

  it('attaches a pasted text or an address for a site, judged first', async () => {
    const s = discoveryService({ 'https://cdn.example.com/policy.html': { body: asHtml(text('qarjy-policy.txt')) } });
    expect(await attachPolicy(s.deps, 'https://www.aqshatez.kz/zaim', { kind: 'text', text: text('aqsha-policy.txt'), source: 'pasted' }))
      .toMatchObject({ ok: true, policy: { site: 'aqshatez.kz', origin: 'attached', source: 'pasted' } });
    expect(await attachPolicy(s.deps, 'qarjynesie.kz', { kind: 'url', url: 'https://cdn.example.com/policy.html' }))
      .toMatchObject({ ok: true, policy: { site: 'qarjynesie.kz', source: 'https://cdn.example.com/policy.html' } });
    expect(await attachPolicy(s.deps, 'x.kz', { kind: 'text', text: 'Рецепт борща: свёкла, капуста.', source: 'pasted' }))
      .toEqual({ ok: false, problem: { code: 'not_policy' } });
    expect(await attachPolicy(s.deps, 'x.kz', { kind: 'url', url: 'ftp://x.kz/p' })).toMatchObject({ ok: false, problem: { code: 'bad_url' } });
    expect(await attachPolicy(s.deps, 'not a site', { kind: 'text', text: 'x', source: 'pasted' })).toEqual({ ok: false, problem: { code: 'bad_site' } });
  });

  it('goes round again with links a page reported while a search without them ran', async () => {
    const s = discoveryService({ ...SITE_ROUTES });
    let release = (): void => undefined;
    const gate = new Promise<void>((resolve) => { release = resolve; });
    const fetch = s.deps.fetch;
    s.deps.fetch = async (url, init) => { await gate; return fetch(url, init); };
    const { done } = await s.discovery.searchNow(PAGE);
    await s.discovery.onLinks(PAGE, LINKS);
    expect(await s.resolver.policyState('aqshatez.kz')).toEqual({ status: 'searching' });
    release();
    await done;
    expect(await s.resolver.policyState('aqshatez.kz')).toMatchObject({ status: 'known', origin: 'discovered' });
  });
});
