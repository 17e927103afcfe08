/**
 * Policies attached to sites by the auditor (options page) or the command line, kept in storage and
 * preferred over the bundled ones. Each keeps its hash and when it was attached, so an audit can say
 * which version it used.
 */
import { z } from 'zod';
import { sha256Hex } from '../util/sha256';
import type { StorageArea } from './area';

export const MAX_POLICY_CHARS = 1024 * 1024;
export const MAX_STORED_POLICIES = 50;
const PREFIX = 'policy:';

export const StoredPolicy = z.object({
  site: z.string().max(253),
  text: z.string().max(MAX_POLICY_CHARS),
  source: z.string().max(2048),
  origin: z.enum(['attached', 'discovered', 'cli']),
  sha256: z.string(),
  storedAt: z.string(),
});
export type StoredPolicy = z.infer<typeof StoredPolicy>;

export type AttachResult = { ok: true; policy: StoredPolicy } | { ok: false; message: string };

export interface PolicyStore {
  attach(site: string, input: { text: string; source: string; origin: StoredPolicy['origin'] }): Promise<AttachResult>;
  get(site: string): Promise<StoredPolicy | null>;
  remove(site: string): Promise<void>;
  list(): Promise<StoredPolicy[]>;
}

export function createPolicyStore(area: StorageArea): PolicyStore {
  const all = async (): Promise<StoredPolicy[]> => Object.entries(await area.get(null))
    .filter(([key]) => key.startsWith(PREFIX))
    .flatMap(([, value]) => { const parsed = StoredPolicy.safeParse(value); return parsed.success ? [parsed.data] : []; });
  return {
    async attach(site, input) {
      if (input.text.length > MAX_POLICY_CHARS) {
        return { ok: false, message: `The policy is ${Math.round(input.text.length / 1024)} KB; at most 1 MB of text can be attached.` };
      }
      const existing = await all();
      if (existing.length >= MAX_STORED_POLICIES && !existing.some((p) => p.site === site)) {
        return { ok: false, message: `At most ${MAX_STORED_POLICIES} policies can be stored: remove one first.` };
      }
      const policy: StoredPolicy = { site, text: input.text, source: input.source.slice(0, 2048), origin: input.origin,
        sha256: await sha256Hex(input.text), storedAt: new Date().toISOString() };
      await area.set({ [`${PREFIX}${site}`]: policy });
      return { ok: true, policy };
    },
    async get(site) {
      const parsed = StoredPolicy.safeParse((await area.get(`${PREFIX}${site}`))[`${PREFIX}${site}`]);
      return parsed.success ? parsed.data : null;
    },
    async remove(site) {
      await area.remove(`${PREFIX}${site}`);
    },
    list: all,
  };
}
