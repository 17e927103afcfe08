/**
 * Observations per site, written through to storage as they arrive (the MV3 worker may be killed
 * at any moment) and rebuilt from storage on wake. Repeats of one thing (same dedupe key) update a
 * count instead of adding records; a per-site and a total byte budget bound what a page can make
 * the extension store, and hitting either is remembered so the UI can say so.
 */
import { Observation, type ObservationDetail } from '../schema/observation';
import { getByPrefix, type StorageArea } from './area';
import { createGroupWriter } from './group-writer';

export interface StoreLimits { perSite: number; totalBytes: number }
/** With the policies' 3 MB this stays inside storage.local's 10 MB quota. */
export const DEFAULT_LIMITS: StoreLimits = { perSite: 2000, totalBytes: 5 * 1024 * 1024 };

export type Draft = Omit<Observation, 'id'>;
export interface SiteStatus { limitReached: boolean; dropped: number }

interface Entry { key: string; observation: Observation; bytes: number }
interface SiteIndex { byKey: Map<string, Entry>; status: SiteStatus }

const OBS_PREFIX = 'obs:';
const META_PREFIX = 'meta:';

function countOf(detail: ObservationDetail): number | null {
  return 'count' in detail ? detail.count : null;
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
  const sites = new Map<string, SiteIndex>();
  let totalBytes = 0;
  const siteIndex = (site: string): SiteIndex => {
    let index = sites.get(site);
    if (!index) sites.set(site, (index = { byKey: new Map(), status: { limitReached: false, dropped: 0 } }));
    return index;
  };
  const ready = getByPrefix(area, [META_PREFIX, OBS_PREFIX]).then((all) => {
    for (const [storageKey, value] of Object.entries(all)) {
      if (storageKey.startsWith(META_PREFIX)) {
        const status = value as Partial<SiteStatus>;
        siteIndex(storageKey.slice(META_PREFIX.length)).status = {
          limitReached: status.limitReached === true, dropped: Number(status.dropped) || 0 };
      } else if (storageKey.startsWith(OBS_PREFIX)) {
        const stored = value as { site?: unknown; key?: unknown; observation?: unknown };
        const parsed = Observation.safeParse(stored.observation);
        if (!parsed.success || typeof stored.site !== 'string' || typeof stored.key !== 'string') continue;
        const bytes = storageKey.length + JSON.stringify(value).length;
        siteIndex(stored.site).byKey.set(stored.key, { key: stored.key, observation: parsed.data, bytes });
        totalBytes += bytes;
      }
    }
  });
  const write = createGroupWriter(area);
  const persist = (site: string, entry: Entry) => write({
    [`${OBS_PREFIX}${site}:${entry.observation.id}`]: { site, key: entry.key, observation: entry.observation } });
  const refuse = async (site: string, index: SiteIndex): Promise<null> => {
    index.status = { limitReached: true, dropped: index.status.dropped + 1 };
    await write({ [`${META_PREFIX}${site}`]: index.status });
    return null;
  };
  return {
    ready,
    async record(site, dedupeKey, draft) {
      await ready;
      const index = siteIndex(site);
      const existing = index.byKey.get(dedupeKey);
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
      if (index.byKey.size >= limits.perSite || totalBytes + entry.bytes > limits.totalBytes) return refuse(site, index);
      index.byKey.set(dedupeKey, entry);
      totalBytes += entry.bytes;
      await persist(site, entry);
      return observation;
    },
    async list(site) {
      await ready;
      return [...(sites.get(site)?.byKey.values() ?? [])].map((entry) => entry.observation)
        .sort((a, b) => a.at.localeCompare(b.at));
    },
    async status(site) {
      await ready;
      return { ...(sites.get(site)?.status ?? { limitReached: false, dropped: 0 }) };
    },
    async clear(site) {
      await ready;
      const index = sites.get(site);
      if (!index) return;
      const keys = [...index.byKey.values()].map((entry) => `${OBS_PREFIX}${site}:${entry.observation.id}`);
      for (const entry of index.byKey.values()) totalBytes -= entry.bytes;
      sites.delete(site);
      // Queued writes of this site land first, so none of them can bring a removed record back.
      await write({});
      await area.remove([...keys, `${META_PREFIX}${site}`]);
    },
  };
}
