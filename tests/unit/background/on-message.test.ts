import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledPolicies, createPolicyResolver } from '../../../src/background/policy-state';
import { verifyReportIntegrity } from '../../../src/report';
import { Report } from '../../../src/schema/report';
import { onMessage } from '../../../src/background/on-message';
import { onRequest } from '../../../src/background/on-network';
import { createPolicyDiscovery } from '../../../src/background/policy-discovery';
import { createDiscoveryStore } from '../../../src/storage/discovery-store';
import { createPolicyStore } from '../../../src/storage/policy-store';
import { parsePolicy } from '../../../src/policy';
import type { ScriptTarget } from '../../../src/background/scanner-target';
import type { Services } from '../../../src/background/services';
import { createLeakWatch } from '../../../src/observe/leaks/leak-watch';
import { memoryArea } from '../../../src/storage/area';
import { createObservationStore } from '../../../src/storage/observation-store';
import { createTabPages } from '../../../src/storage/tab-pages';
import type { TrackerClassifier } from '../../../src/trackers/tracker-db';

const BUNDLED = bundledPolicies(['1kredit.kz'], async (file) => readFileSync(file.replace(/^policies\/(.+)\.txt$/u, 'policies/$1/policy.txt'), 'utf8'));
const audit = { policies: createPolicyResolver(parsePolicy, async (site) => BUNDLED.get(site)), tool: { name: 't', version: '1' }, browser: 'test' };
const discoveryDeps = { policies: createPolicyStore(memoryArea()), records: createDiscoveryStore(memoryArea()),
  hasBundled: (site: string) => BUNDLED.has(site), now: () => new Date(), fetch: () => Promise.reject(new Error('no network in tests')),
  readPdf: async () => ({ ok: false as const, problem: { code: 'bad_pdf' as const } }), parse: parsePolicy };
const injected: ScriptTarget[] = [];
const context = { extensionId: 'ext-id', extensionOrigin: 'chrome-extension://ext-id/', audit,
  policies: { discovery: createPolicyDiscovery(discoveryDeps), deps: discoveryDeps },
  injectFieldScanner: async (target: ScriptTarget) => { injected.push(target); } };
const trackers: TrackerClassifier = {
  lookup: () => null,
  describe: (url) => ({ domain: new URL(url).hostname, organization: null, country: null, trackerCategory: null }),
};
const geolocation = { type: 'page-events', events: [{ type: 'device', api: 'geolocation.getCurrentPosition', gesture: false, count: 1 }] };
const contentSender = { id: 'ext-id', url: 'https://1kredit.kz/', frameId: 0, tab: { id: 7, url: 'https://1kredit.kz/' } };

async function services(): Promise<Services> {
  const result = { store: createObservationStore(memoryArea()), tabs: createTabPages(memoryArea()), trackers,
    leaks: createLeakWatch(memoryArea()) };
  await Promise.all([result.store.ready, result.tabs.ready, result.leaks.ready]);
  return result;
}

describe('runtime messages', () => {
  it('records page events from a content script against the sender tab', async () => {
    const s = await services();
    expect(await onMessage(s, geolocation, contentSender, context)).toEqual({ ok: true });
    expect((await s.store.list('1kredit.kz')).map((o) => o.category)).toEqual(['geolocation']);
  });

  it('ignores messages from other extensions or without a tab', async () => {
    const s = await services();
    expect(await onMessage(s, geolocation, { ...contentSender, id: 'other' }, context)).toBeUndefined();
    expect(await onMessage(s, geolocation, { ...contentSender, tab: undefined }, context)).toBeUndefined();
    expect(await s.store.list('1kredit.kz')).toEqual([]);
  });

  it('drops malformed or oversized messages without storing anything', async () => {
    const s = await services();
    const flood = { type: 'page-events', events: Array.from({ length: 51 }, () => geolocation.events[0]) };
    for (const bad of [null, 'x', { type: 'page-events', events: [{ type: 'device', api: 'eval', gesture: false, count: 1 }] }, flood]) {
      expect(await onMessage(s, bad, contentSender, context)).toBeUndefined();
    }
    expect(await s.store.list('1kredit.kz')).toEqual([]);
  });

  it('injects the field scanner into the very document of the relay that asked, and for no one else', async () => {
    const s = await services();
    injected.length = 0;
    const want = { type: 'want-field-scanner' };
    expect(await onMessage(s, want, { ...contentSender, frameId: 3, documentId: 'DOC-A' }, context)).toEqual({ ok: true });
    expect(await onMessage(s, want, { ...contentSender, frameId: 3 }, context)).toEqual({ ok: true });
    expect(await onMessage(s, want, { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' }, context)).toBeUndefined();
    expect(await onMessage(s, want, { ...contentSender, tab: undefined, documentId: 'DOC-B' }, context)).toBeUndefined();
    expect(await onMessage(s, want, { ...contentSender, id: 'other', documentId: 'DOC-C' }, context)).toBeUndefined();
    expect(injected).toEqual([{ tabId: 7, documentIds: ['DOC-A'] }, { tabId: 7, frameIds: [3] }]);
  });

  it('answers state only to the extension’s own pages, not to content scripts', async () => {
    const s = await services();
    await onMessage(s, geolocation, contentSender, context);
    const ask = { type: 'get-tab-state', tabId: 7 };
    expect(await onMessage(s, ask, contentSender, context)).toBeUndefined();
    const state = await onMessage(s, ask, { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html?tab=7' }, context);
    expect(state).toMatchObject({ site: '1kredit.kz', pageUrl: 'https://1kredit.kz/' });
  });

  it('records a typed value sent to a third party, whichever arrives first', async () => {
    const s = await services();
    await onMessage(s, geolocation, contentSender, context);
    const typed = { type: 'dom-events', events: [{ type: 'typed', category: 'phone', label: 'Телефон', selector: '#phone',
      value: '+7 701 234 56 78' }] };
    await onRequest(s, { tabId: 7, frameId: 0, url: 'https://mc.yandex.ru/webvisor/1', method: 'POST', type: 'xmlhttprequest',
      readBody: () => 'k=%2B7%20701%20234%2056%2078' });
    await onMessage(s, typed, contentSender, context);
    await onRequest(s, { tabId: 7, frameId: 0, url: 'https://top-fwz1.mail.ru/c?p=77012345678', method: 'GET', type: 'image', readBody: () => '' });
    const leaks = (await s.store.list('1kredit.kz')).filter((o) => o.detail.kind === 'value_leak');
    expect(leaks.map((o) => o.thirdParty?.domain).sort()).toEqual(['mc.yandex.ru', 'top-fwz1.mail.ru']);
    expect(leaks.every((o) => o.category === 'phone')).toBe(true);
  });

  it('builds a sealed report with the bundled policy and findings for the extension’s own pages only', async () => {
    const s = await services();
    await onMessage(s, geolocation, contentSender, context);
    const ask = { type: 'get-report', tabId: 7 };
    expect(await onMessage(s, ask, contentSender, context)).toBeUndefined();
    const report = await onMessage(s, ask, { id: 'ext-id', url: 'chrome-extension://ext-id/report.html' }, context);
    expect(await verifyReportIntegrity(report)).toEqual({ ok: true });
    expect(report).toMatchObject({ site: { host: '1kredit.kz' }, policy: { origin: 'bundled' } });
    // 1Kredit's policy (2.4) declares location: the request is collection the policy covers.
    const geo = Report.parse(report).findings.filter((f) => f.category === 'geolocation' && f.rule === 'undeclared_collection');
    expect(geo.map((f) => f.status)).toEqual(['consistent']);
  });
});
