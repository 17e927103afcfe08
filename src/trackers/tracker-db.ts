/**
 * Names third parties with Ghostery TrackerDB (CC-BY-NC-SA-4.0): operator, tracker category and the
 * operator's country. Lookups are cached per host, since a page sends many requests to few hosts.
 */
import loadTrackerDB from '@ghostery/trackerdb';
import type { ThirdParty } from '../schema/observation';
import { hostOf } from './site';

export interface TrackerInfo {
  organization: string | null;
  country: string | null;
  trackerCategory: string | null;
  /** TrackerDB's product: its stable key (e.g. 'hotjar') and display name. */
  patternKey: string | null;
  pattern: string | null;
}

type Match = ReturnType<Awaited<ReturnType<typeof loadTrackerDB>>['matchDomain']>[number];

export interface TrackerClassifier {
  lookup(url: string): TrackerInfo | null;
  describe(url: string): ThirdParty;
}

/** Of several patterns matching a host, the one naming the longest of its domains is the most specific. */
function specificity(match: Match, host: string): number {
  let best = 0;
  for (const domain of match.pattern.domains ?? []) {
    if ((host === domain || host.endsWith(`.${domain}`)) && domain.length > best) best = domain.length;
  }
  return best;
}

function toInfo(match: Match): TrackerInfo {
  return {
    organization: match.organization?.name ?? null,
    country: match.organization?.country ?? null,
    trackerCategory: match.category?.key ?? null,
    patternKey: match.pattern.key ?? null,
    pattern: match.pattern.name ?? null,
  };
}

export async function createTrackerClassifier(engineBytes: Uint8Array): Promise<TrackerClassifier> {
  const db = await loadTrackerDB(engineBytes);
  const cache = new Map<string, TrackerInfo | null>();
  const lookup = (url: string): TrackerInfo | null => {
    const host = hostOf(url);
    if (!host) return null;
    const cached = cache.get(host);
    if (cached !== undefined) return cached;
    const matches = db.matchUrl({ url: `https://${host}/`, type: 'xhr', sourceUrl: 'https://example.invalid/' });
    let best: Match | null = null;
    for (const match of matches) {
      if (!best || specificity(match, host) > specificity(best, host)) best = match;
    }
    const info = best ? toInfo(best) : null;
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
