/**
 * Observations per site, written through to storage as they arrive (the MV3 worker may be killed
 * at any moment). A waking worker reads only the site ledger (bytes and bound status per site); a
 * site's records are loaded the first time that site is recorded or listed. Repeats of one thing
 * (same dedupe key) update a count instead of adding records; a per-site and a total byte budget
 * bound what a page can make the extension store, and hitting either is remembered for the UI.
 */
import { Observation, type ObservationDetail } from '../schema/observation';
import { getByPrefix, type StorageArea } from './area';
import { createGroupWriter } from './group-writer';
import { readSiteLedger } from './site-ledger';

export interface StoreLimits { perSite: number; totalBytes: number }
/** With the policies' 3 MB this stays inside storage.local's 10 MB quota. */
export const DEFAULT_LIMITS: StoreLimits = { perSite: 2000, totalBytes: 5 * 1024 * 1024 };

export type Draft = Omit<Observation, 'id'>;
export interface SiteStatus { limitReached: boolean; dropped: number }

interface Entry { key: string; observation: Observation; bytes: number }

const OBS_PREFIX = 'obs:';

function countOf(detail: ObservationDetail): number | null {
  return 'count' in detail ? detail.count : null;
}

/** A site's stored records by dedupe key, each with the bytes it takes. */
async function readSite(area: StorageArea, site: string): Promise<Map<string, Entry>> {
  const byKey = new Map<string, Entry>();
  for (const [storageKey, value] of Object.entries(await getByPrefix(area, [`${OBS_PREFIX}${site}:`]))) {
    const stored = value as { site?: unknown; key?: unknown; observation?: unknown };
    const parsed = Observation.safeParse(stored.observation);
    if (!parsed.success || stored.site !== site || typeof stored.key !== 'string') continue;
    byKey.set(stored.key, { key: stored.key, observation: parsed.data, bytes: storageKey.length + JSON.stringify(value).length });
  }
  return byKey;
}

export interface ObservationStore {
  ready: Promise<void>;
  record(site: string, dedupeKey: string, draft: Draft): Promise<Observation | null>;
  list(site: string): Promise<Observation[]>;
  status(site: string): Promise<SiteStatus>;
  clear(site: string): Promise<void>;
}

export function createObservationStore(area: StorageArea, limits: StoreLimits = DEFAULT_LIMITS,
  newId: () => string = () => crypto.randomUUID()): ObservationStore {
  const ledger = readSiteLedger(area);
  const loaded = new Map<string, Promise<Map<string, Entry>>>();
  const write = createGroupWriter(area);
  /** Loads a site once; its records' real size replaces what the ledger said of it. */
  const records = (site: string): Promise<Map<string, Entry>> => {
    let loading = loaded.get(site);
    if (!loading) {
      loading = Promise.all([ledger, readSite(area, site)]).then(([sites, byKey]) => {
        const bytes = [...byKey.values()].reduce((sum, entry) => sum + entry.bytes, 0);
        if (bytes !== sites.get(site).bytes) sites.set(site, { ...sites.get(site), bytes });
        return byKey;
      });
      // A failed read is tried again by the site's next event rather than remembered.
      loading.catch(() => loaded.delete(site));
      loaded.set(site, loading);
    }
    return loading;
  };
  const persist = async (site: string, entry: Entry) => write({ ...(await ledger).item(),
    [`${OBS_PREFIX}${site}:${entry.observation.id}`]: { site, key: entry.key, observation: entry.observation } });
  return {
    ready: ledger.then(() => undefined),
    async record(site, dedupeKey, draft) {
      const [sites, byKey] = await Promise.all([ledger, records(site)]);
      const existing = byKey.get(dedupeKey);
      if (existing) {
        const previous = countOf(existing.observation.detail);
        const added = countOf(draft.detail);
        if (previous === null || added === null) return existing.observation;
        existing.observation = { ...existing.observation,
          detail: { ...existing.observation.detail, count: Math.min(previous + added, 1e12) } as ObservationDetail };
        await persist(site, existing);
        return existing.observation;
      }
      const observation = Observation.parse({ ...draft, id: newId() });
      const entry: Entry = { key: dedupeKey, observation, bytes: 0 };
      entry.bytes = JSON.stringify({ site, key: dedupeKey, observation }).length + site.length + 48;
      const status = sites.get(site);
      if (byKey.size >= limits.perSite || sites.total() + entry.bytes > limits.totalBytes) {
        sites.set(site, { ...status, limitReached: true, dropped: status.dropped + 1 });
        await write(sites.item());
        return null;
      }
      byKey.set(dedupeKey, entry);
      sites.set(site, { ...status, bytes: status.bytes + entry.bytes });
      await persist(site, entry);
      return observation;
    },
    async list(site) {
      return [...(await records(site)).values()].map((entry) => entry.observation).sort((a, b) => a.at.localeCompare(b.at));
    },
    async status(site) {
      const { limitReached, dropped } = (await ledger).get(site);
      return { limitReached, dropped };
    },
    async clear(site) {
      const [sites, byKey] = await Promise.all([ledger, records(site)]);
      const keys = [...byKey.values()].map((entry) => `${OBS_PREFIX}${site}:${entry.observation.id}`);
      sites.delete(site);
      loaded.delete(site);
      // Queued writes of this site land before its removal, so none of them can bring a record back.
      await write(sites.item());
      await area.remove(keys);
    },
  };
}
