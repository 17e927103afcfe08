/**
 * Names third parties with Ghostery TrackerDB (CC-BY-NC-SA-4.0): operator, tracker category and the
 * operator's country, from the table derived from it at build time. Lookups are cached per host, since
 * a page sends many requests to few hosts.
 */
import type { ThirdParty } from '../schema/observation';
import { hostOf } from './site';
import { createTrackerMatcher } from './tracker-index';
import { readTrackerIndex, type IndexedPattern, type TrackerIndex } from './tracker-index-text';

export interface TrackerInfo {
  organization: string | null;
  country: string | null;
  trackerCategory: string | null;
  /** TrackerDB's product: its stable key (e.g. 'hotjar') and display name. */
  patternKey: string | null;
  pattern: string | null;
}

export interface TrackerClassifier {
  lookup(url: string): TrackerInfo | null;
  describe(url: string): ThirdParty;
}

function toInfo(index: TrackerIndex, [key, name, category, organizationAt]: IndexedPattern): TrackerInfo {
  const organization = index.organization(organizationAt);
  return { organization: organization?.[0] ?? null, country: organization?.[1] ?? null, trackerCategory: category, patternKey: key, pattern: name };
}

/** Throws on a malformed table: it ships inside the extension, so that is a build fault, not page input. */
export function createTrackerClassifier(table: unknown): TrackerClassifier {
  const checked = readTrackerIndex(table);
  if (!checked.ok) throw new Error(checked.error);
  const { index } = checked;
  const match = createTrackerMatcher(index);
  const cache = new Map<string, TrackerInfo | null>();
  const lookup = (url: string): TrackerInfo | null => {
    const host = hostOf(url);
    if (!host) return null;
    const cached = cache.get(host);
    if (cached !== undefined) return cached;
    const pattern = match(host);
    const info = pattern ? toInfo(index, pattern) : null;
    cache.set(host, info);
    return info;
  };
  return {
    lookup,
    describe(url) {
      const info = lookup(url);
      return {
        domain: hostOf(url) ?? url.slice(0, 253),
        organization: info?.organization ?? null,
        country: info?.country ?? null,
        trackerCategory: info?.trackerCategory ?? null,
      };
    },
  };
}
