/**
 * One small stored record of every site's observation bytes and bound status, so a waking worker
 * knows the total budget and each site's status from one read, without loading any observation.
 */
import { z } from 'zod/mini';
import { lazySchema } from '../schema/lazy-schema';
import type { StorageArea } from './area';
import { LEDGER_KEY } from './ledger-key';

const LedgerEntry = lazySchema(() => z.object({
  bytes: z.number().check(z.nonnegative()),
  limitReached: z.boolean(),
  dropped: z.number().check(z.nonnegative()),
}));
export type LedgerEntry = z.infer<typeof LedgerEntry>;
const Ledger = lazySchema(() => z.record(z.string(), LedgerEntry));

export interface SiteLedger {
  get(site: string): LedgerEntry;
  set(site: string, entry: LedgerEntry): void;
  delete(site: string): void;
  total(): number;
  /** The whole ledger as one storage item, to be written in the same batch as the records it counts. */
  item(): Record<string, unknown>;
}

const EMPTY: LedgerEntry = { bytes: 0, limitReached: false, dropped: 0 };

/** A missing or corrupt ledger starts empty: sites' bytes are then counted as their records are loaded. */
export async function readSiteLedger(area: StorageArea): Promise<SiteLedger> {
  const parsed = Ledger.safeParse((await area.get(LEDGER_KEY))[LEDGER_KEY]);
  const sites = new Map<string, LedgerEntry>(parsed.success ? Object.entries(parsed.data) : []);
  return {
    get: (site) => ({ ...(sites.get(site) ?? EMPTY) }),
    set: (site, entry) => void sites.set(site, entry),
    delete: (site) => void sites.delete(site),
    total: () => [...sites.values()].reduce((sum, entry) => sum + entry.bytes, 0),
    item: () => ({ [LEDGER_KEY]: Object.fromEntries(sites) }),
  };
}
