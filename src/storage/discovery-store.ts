/**
 * What the extension knows about finding each site's policy: the links its pages offered and how
 * the last search ended (still running, found, several candidates, nothing). Kept in storage because
 * the worker may be stopped between the page reporting its links and the popup asking.
 */
import * as z from 'zod/mini';
import { Attempt, Candidate, MAX_LINKS, PolicyLink } from '../schema/discovery';
import { lazySchema } from '../schema/lazy-schema';
import { getByPrefix, type StorageArea } from './area';

const PREFIX = 'discovery:';
export const MAX_DISCOVERY_SITES = 100;
const Text = (max: number) => z.string().check(z.maxLength(max));
const Time = lazySchema(() => Text(40));

export const SearchState = lazySchema(() => z.discriminatedUnion('status', [
  z.object({ status: z.literal('searching'), startedAt: Time }),
  z.object({ status: z.literal('found'), at: Time }),
  z.object({ status: z.literal('choose'), candidates: z.array(Candidate).check(z.maxLength(8)), consents: z.array(Candidate).check(z.maxLength(2)), at: Time }),
  z.object({ status: z.literal('not-found'), tried: z.array(Attempt).check(z.maxLength(12)), linksSeen: z.number().check(z.int(), z.nonnegative()), at: Time }),
]));
export type SearchState = z.infer<typeof SearchState>;

export const DiscoveryRecord = lazySchema(() => z.object({
  site: Text(253),
  pageUrl: Text(2048),
  links: z.array(PolicyLink).check(z.maxLength(MAX_LINKS)),
  search: z.nullable(SearchState),
  updatedAt: Time,
}));
export type DiscoveryRecord = z.infer<typeof DiscoveryRecord>;

export interface DiscoveryStore {
  get(site: string): Promise<DiscoveryRecord | null>;
  put(record: DiscoveryRecord): Promise<void>;
}

export function createDiscoveryStore(area: StorageArea): DiscoveryStore {
  const get = async (site: string): Promise<DiscoveryRecord | null> => {
    const parsed = DiscoveryRecord.safeParse((await area.get(`${PREFIX}${site}`))[`${PREFIX}${site}`]);
    return parsed.success ? parsed.data : null;
  };
  return {
    get,
    async put(record) {
      const isNew = (await get(record.site)) === null;
      await area.set({ [`${PREFIX}${record.site}`]: DiscoveryRecord.parse(record) });
      // Only a new site can overflow the limit.
      if (!isNew) return;
      const records = Object.entries(await getByPrefix(area, [PREFIX]))
        .flatMap(([key, value]) => { const parsed = DiscoveryRecord.safeParse(value); return parsed.success ? [{ key, at: parsed.data.updatedAt }] : [{ key, at: '' }]; });
      if (records.length <= MAX_DISCOVERY_SITES) return;
      // The sites not visited for longest are forgotten first; their stored policies stay.
      const oldest = records.sort((a, b) => a.at.localeCompare(b.at)).slice(0, records.length - MAX_DISCOVERY_SITES);
      await area.remove(oldest.map((r) => r.key));
    },
  };
}
