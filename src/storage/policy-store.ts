/**
 * Policies attached to sites by the auditor (options page), found on the site (discovery) or given
 * on the command line, kept in storage and preferred over the bundled ones. Each keeps its hash and
 * when it was stored, so an audit can say which version it used; when the same address later
 * serves different text, the version it replaced is remembered («changed since…»).
 */
import * as z from 'zod/mini';
import { PolicyPart, type StoredPolicySummary } from '../schema/discovery';
import { lazySchema } from '../schema/lazy-schema';
import { sha256Hex } from '../util/sha256';
import { getByPrefix, type StorageArea } from './area';

export const MAX_POLICY_CHARS = 1024 * 1024;
export const MAX_STORED_POLICIES = 50;
/**
 * Storage the policies may take (estimated as two bytes a character, Cyrillic in UTF-8): with the
 * observations' budget it stays inside storage.local's 10 MB quota.
 */
export const POLICY_BUDGET_BYTES = 3 * 1024 * 1024;

function bytesOf(policy: { text: string }): number {
  return policy.text.length * 2;
}
const PREFIX = 'policy:';

const Text = (max: number) => z.string().check(z.maxLength(max));
const Stamp = lazySchema(() => z.object({ sha256: Text(64), storedAt: Text(40) }));

export const StoredPolicy = lazySchema(() => z.object({
  site: Text(253),
  text: Text(MAX_POLICY_CHARS),
  source: Text(2048),
  origin: z.enum(['attached', 'discovered', 'cli']),
  sha256: z.string(),
  storedAt: z.string(),
  /** The documents a discovered policy was merged from; absent for a single attached text. */
  parts: z.optional(z.array(PolicyPart).check(z.maxLength(4))),
  checkedAt: z.optional(Text(40)),
  previous: z.optional(Stamp),
}));
export type StoredPolicy = z.infer<typeof StoredPolicy>;

export type AttachResult = { ok: true; policy: StoredPolicy }
  | { ok: false; code: 'text_too_large' | 'store_full'; message: string };

export interface AttachInput { text: string; source: string; origin: StoredPolicy['origin']; parts?: StoredPolicy['parts'] }

export interface PolicyStore {
  attach(site: string, input: AttachInput): Promise<AttachResult>;
  get(site: string): Promise<StoredPolicy | null>;
  remove(site: string): Promise<void>;
  list(): Promise<StoredPolicy[]>;
}

/** What the options page lists: everything but the text. */
export function summarize(policy: StoredPolicy): StoredPolicySummary {
  return { site: policy.site, origin: policy.origin, source: policy.source, chars: policy.text.length,
    version: { sha256: policy.sha256, storedAt: policy.storedAt, checkedAt: policy.checkedAt, parts: policy.parts ?? [],
      previous: policy.previous } };
}

export function createPolicyStore(area: StorageArea, now: () => Date = () => new Date()): PolicyStore {
  const all = async (): Promise<StoredPolicy[]> => Object.entries(await getByPrefix(area, [PREFIX]))
    .flatMap(([, value]) => { const parsed = StoredPolicy.safeParse(value); return parsed.success ? [parsed.data] : []; });
  const get = async (site: string): Promise<StoredPolicy | null> => {
    const parsed = StoredPolicy.safeParse((await area.get(`${PREFIX}${site}`))[`${PREFIX}${site}`]);
    return parsed.success ? parsed.data : null;
  };
  /** Policies found on sites can be found again: the oldest of them make room first. */
  const makeRoom = async (others: StoredPolicy[], needed: number): Promise<boolean> => {
    let count = others.length;
    let used = others.reduce((sum, p) => sum + bytesOf(p), 0);
    const evictable = others.filter((p) => p.origin === 'discovered').sort((a, b) => a.storedAt.localeCompare(b.storedAt));
    for (const policy of evictable) {
      if (count < MAX_STORED_POLICIES && used + needed <= POLICY_BUDGET_BYTES) break;
      await area.remove(`${PREFIX}${policy.site}`);
      count -= 1;
      used -= bytesOf(policy);
    }
    return count < MAX_STORED_POLICIES && used + needed <= POLICY_BUDGET_BYTES;
  };
  return {
    async attach(site, input) {
      if (input.text.length > MAX_POLICY_CHARS) {
        return { ok: false, code: 'text_too_large',
          message: `The policy is ${Math.round(input.text.length / 1024)} KB; at most 1 MB of text can be attached.` };
      }
      const others = (await all()).filter((p) => p.site !== site);
      if (!(await makeRoom(others, bytesOf(input)))) {
        return { ok: false, code: 'store_full', message: `At most ${MAX_STORED_POLICIES} policies (3 MB of text) can be stored: remove one first.` };
      }
      const at = now().toISOString();
      const sha256 = await sha256Hex(input.text);
      const old = await get(site);
      const sameAddress = old !== null && old.origin === input.origin && old.source === input.source;
      // The same text again is the same version: only the time it was last checked moves.
      const policy: StoredPolicy = sameAddress && old.sha256 === sha256 ? { ...old, checkedAt: at }
        : { site, text: input.text, source: input.source.slice(0, 2048), origin: input.origin, sha256, storedAt: at, checkedAt: at,
          ...(input.parts ? { parts: input.parts } : {}),
          ...(sameAddress ? { previous: { sha256: old.sha256, storedAt: old.storedAt } } : {}) };
      await area.set({ [`${PREFIX}${site}`]: policy });
      return { ok: true, policy };
    },
    get,
    async remove(site) {
      await area.remove(`${PREFIX}${site}`);
    },
    list: all,
  };
}
