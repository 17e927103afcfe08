import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { onMessage } from '../../../src/background/on-message';
import type { Services } from '../../../src/background/services';
import { createLeakWatch } from '../../../src/observe/leaks/leak-watch';
import { memoryArea } from '../../../src/storage/area';
import { createObservationStore } from '../../../src/storage/observation-store';
import { createTabPages } from '../../../src/storage/tab-pages';
import { htmlPage } from './helpers';
import { discoveryService } from './service';

const POLICY = readFileSync('tests/fixtures/discovery/texts/aqsha-policy.txt', 'utf8');
const extensionPage = { id: 'ext-id', url: 'chrome-extension://ext-id/options.html' };
const topPage = { id: 'ext-id', url: 'https://aqshatez.kz/', frameId: 0, tab: { id: 3, url: 'https://aqshatez.kz/' } };
const links = { type: 'policy-links', links: [{ text: 'Политика конфиденциальности', href: 'https://aqshatez.kz/privacy', area: 'footer' }] };

async function setup() {
  const s = discoveryService({ 'https://aqshatez.kz/privacy': { body: htmlPage(`<main><p>${POLICY.replace(/\n/gu, '</p><p>')}</p></main>`) } });
  const services: Services = { store: createObservationStore(memoryArea()), tabs: createTabPages(memoryArea()),
    trackers: { lookup: () => null, describe: (url) => ({ domain: url, organization: null, country: null, trackerCategory: null }) },
    leaks: createLeakWatch(memoryArea()) };
  await Promise.all([services.store.ready, services.tabs.ready, services.leaks.ready]);
  const context = { extensionId: 'ext-id', extensionOrigin: 'chrome-extension://ext-id/',
    audit: { policies: s.resolver, tool: { name: 't', version: '1' }, browser: 'test' }, policies: { discovery: s.discovery, deps: s.deps },
    injectFieldScanner: () => Promise.reject(new Error('not injected in these tests')) };
  return { ...s, send: (message: unknown, sender: object) => onMessage(services, message, sender, context) };
}

describe('policy messages and who may send them', () => {
  it('takes links only from the relay of a top-level page', async () => {
    const s = await setup();
    expect(await s.send(links, extensionPage)).toBeUndefined();
    expect(await s.send(links, { ...topPage, frameId: 2 })).toBeUndefined();
    expect(await s.send(links, { ...topPage, id: 'other-extension' })).toBeUndefined();
    expect(s.net.asked).toEqual([]);
    expect(await s.send(links, topPage)).toEqual({ ok: true });
    expect(s.net.asked).toEqual(['https://aqshatez.kz/privacy']);
  });

  it('drops malformed or oversized link reports', async () => {
    const s = await setup();
    const flood = { type: 'policy-links', links: Array.from({ length: 31 }, () => links.links[0]) };
    const long = { type: 'policy-links', links: [{ ...links.links[0], href: `https://aqshatez.kz/${'a'.repeat(2048)}` }] };
    for (const bad of [flood, long, { type: 'policy-links', links: [{ href: 'x', text: 'y', area: 'sidebar' }] }]) {
      expect(await s.send(bad, topPage)).toBeUndefined();
    }
    expect(s.net.asked).toEqual([]);
  });

  it('lets only extension pages attach, list and remove policies', async () => {
    const s = await setup();
    const attach = { type: 'attach-policy', site: 'aqshatez.kz', input: { kind: 'text', text: POLICY, source: 'pasted' } };
    expect(await s.send(attach, topPage)).toBeUndefined();
    expect(await s.send({ type: 'list-policies' }, topPage)).toBeUndefined();
    expect(await s.send(attach, extensionPage)).toMatchObject({ ok: true, policy: { site: 'aqshatez.kz', origin: 'attached' } });
    expect(await s.send({ type: 'list-policies' }, extensionPage)).toMatchObject([{ site: 'aqshatez.kz', chars: POLICY.length }]);
    expect(await s.send({ type: 'remove-policy', site: 'aqshatez.kz' }, topPage)).toBeUndefined();
    expect(await s.send({ type: 'remove-policy', site: 'aqshatez.kz' }, extensionPage)).toEqual({ ok: true });
    expect(await s.send({ type: 'list-policies' }, extensionPage)).toEqual([]);
  });
});
