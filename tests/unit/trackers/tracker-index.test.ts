import { readFileSync } from 'node:fs';
import loadTrackerDB from '@ghostery/trackerdb';
import { describe, expect, it } from 'vitest';
import { createTrackerClassifier } from '../../../src/trackers/tracker-db';
import { buildTrackerIndex, type TrackerDbExport } from '../../../src/trackers/tracker-index-build';
import { createTrackerMatcher } from '../../../src/trackers/tracker-index';
import { readTrackerIndex } from '../../../src/trackers/tracker-index-text';

const DIST = 'node_modules/@ghostery/trackerdb/dist';
const SOURCE = 'https://example.invalid/';

/** A small export in TrackerDB's shape, each filter chosen to show one rule of what can match a bare host. */
const SMALL: TrackerDbExport = {
  organizations: { acme: { name: 'Acme', country: 'US' }, kzm: { name: 'KZ Metrics', country: 'KZ' } },
  patterns: {
    acme_ads: { name: 'Acme Ads', category: 'advertising', organization: 'acme', domains: ['acme-ads.com'],
      filters: ['||px.acme-cdn.net^$3p', '||acme-pixel.com/tr^', '||acme-only-scripts.com^$script', '@@||acme-ads.com^'] },
    acme_sync: { name: 'Acme Sync', category: 'advertising', organization: 'acme', domains: ['sync.acme-ads.com'], filters: [] },
    kz_metrics: { name: 'KZ Metrics', category: 'site_analytics', organization: 'kzm', domains: [],
      filters: ['||kzm.co', '|https://stat.', 'kzmbeacon', '||kzm-site.kz^$domain=shop.kz', '/kzm\\.js/'] },
  },
};

function indexOf(text: string) {
  const read = readTrackerIndex(text);
  if (!read.ok) throw new Error(read.error);
  return read.index;
}

describe('the tracker table derived from TrackerDB', () => {
  const match = createTrackerMatcher(indexOf(buildTrackerIndex(SMALL)));
  const keyOf = (host: string) => match(host)?.[0] ?? null;

  it('names a host by the longest listed domain it is under, and its subdomains too', () => {
    expect(keyOf('acme-ads.com')).toBe('acme_ads');
    expect(keyOf('cdn.acme-ads.com')).toBe('acme_ads');
    expect(keyOf('eu.sync.acme-ads.com')).toBe('acme_sync');
  });

  it('takes hosts from third-party filters, but not from filters for paths, other request types, exceptions or other sites', () => {
    expect(keyOf('px.acme-cdn.net')).toBe('acme_ads');
    expect(keyOf('acme-cdn.net')).toBeNull();
    expect(keyOf('acme-pixel.com')).toBeNull();
    expect(keyOf('acme-only-scripts.com')).toBeNull();
    expect(keyOf('kzm-site.kz')).toBeNull();
  });

  it('reads a bare `||host` as whole labels, and unanchored text anywhere in the address', () => {
    expect(keyOf('kzm.co')).toBe('kz_metrics');
    expect(keyOf('kzm.co.uk')).toBe('kz_metrics');
    expect(keyOf('kzm.com')).toBeNull();
    expect(keyOf('stat.example.kz')).toBe('kz_metrics');
    expect(keyOf('www.stat.example.kz')).toBeNull();
    expect(keyOf('cdn.kzmbeacon.io')).toBe('kz_metrics');
  });

  it('gives the operator and its country through the classifier', () => {
    const classifier = createTrackerClassifier(buildTrackerIndex(SMALL));
    expect(classifier.describe('https://kzm.co/hit?x=1')).toEqual({ domain: 'kzm.co', organization: 'KZ Metrics', country: 'KZ', trackerCategory: 'site_analytics' });
    expect(classifier.lookup('https://px.acme-cdn.net/p.gif')).toMatchObject({ patternKey: 'acme_ads', pattern: 'Acme Ads', country: 'US' });
    expect(classifier.lookup('https://unknown.kz/')).toBeNull();
  });

  it('refuses a table that is not one, with the reason', () => {
    const text = buildTrackerIndex(SMALL);
    expect(readTrackerIndex(null)).toEqual({ ok: false, error: 'tracker index: not a tracker index' });
    expect(readTrackerIndex('{"version":1}')).toEqual({ ok: false, error: 'tracker index: not a tracker index' });
    expect(readTrackerIndex(text.replace('#hosts\n', '#hots\n'))).toEqual({ ok: false, error: 'tracker index: no hosts section' });
    expect(readTrackerIndex(text.slice(0, -1))).toEqual({ ok: false, error: 'tracker index: cut short' });
    expect(readTrackerIndex(text).ok).toBe(true);
    expect(() => createTrackerClassifier('<html>')).toThrow('tracker index');
  });

  it('will not write a field that would break its lines', () => {
    const broken = { ...SMALL, organizations: { ...SMALL.organizations, acme: { name: 'Acme\tInc', country: 'US' } } };
    expect(() => buildTrackerIndex(broken)).toThrow('a tab or line break');
  });
});

describe('the table against TrackerDB\'s own engine', () => {
  it('names every host the database lists, its subdomains and its filters\' hosts as the engine does', async () => {
    const exported = JSON.parse(readFileSync(`${DIST}/trackerdb.json`, 'utf8')) as TrackerDbExport;
    const match = createTrackerMatcher(indexOf(buildTrackerIndex(exported)));
    const engine = await loadTrackerDB(new Uint8Array(readFileSync(`${DIST}/trackerdb.engine`)));
    const hosts = new Set<string>();
    for (const pattern of Object.values(exported.patterns)) {
      for (const domain of pattern.domains ?? []) for (const host of [domain, `www.${domain}`, `a1.cdn.${domain}`]) hosts.add(host);
      for (const filter of pattern.filters ?? []) {
        const host = /^\|\|([a-z0-9.*-]+)/u.exec(filter)?.[1]?.replace(/\*/gu, 'x').replace(/\.$/u, '.com');
        if (host) for (const name of [host, `s.${host}`, `${host}m`]) hosts.add(name);
      }
    }
    const differ: string[] = [];
    let named = 0;
    for (const host of hosts) {
      const theirs = engine.matchUrl({ url: `https://${host}/`, type: 'xhr', sourceUrl: SOURCE });
      const ours = match(host);
      if (ours) named += 1;
      // The engine lists every match; the classifier has always taken the most specific, which the table must agree on.
      const specific = (m: (typeof theirs)[number]) => Math.max(0, ...(m.pattern.domains ?? []).filter((d: string) => host === d || host.endsWith(`.${d}`)).map((d: string) => d.length));
      const best = theirs.reduce<(typeof theirs)[number] | null>((top, m) => (!top || specific(m) > specific(top) ? m : top), null);
      if ((best?.pattern.key ?? null) !== (ours?.[0] ?? null)) differ.push(`${host}: engine ${best?.pattern.key ?? '-'}, table ${ours?.[0] ?? '-'}`);
    }
    expect(hosts.size).toBeGreaterThan(20_000);
    expect(named).toBeGreaterThan(15_000);
    expect(differ).toEqual([]);
  }, 60_000);
});
