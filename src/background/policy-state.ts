/**
 * The policy that applies to a site, parsed. Bundled policies come with the extension; the parsed
 * result is cached by the text's hash, so the popup opening again costs nothing.
 */
import { parsePolicy } from '../policy';
import type { PolicyState } from '../schema/audit-view';
import type { Report } from '../schema/report';
import { siteOf } from '../trackers/site';

export interface PolicyText { text: string; source: string; origin: NonNullable<Report['policy']>['origin'] }

export interface PolicyResolver {
  policyState(site: string): Promise<PolicyState>;
}

/** Bundled texts are keyed by the lender's registrable domain (the folder name under policies/). */
export function bundledTexts(files: Record<string, string>): Map<string, PolicyText> {
  const out = new Map<string, PolicyText>();
  for (const [path, text] of Object.entries(files)) {
    const folder = path.split('/').slice(-2, -1)[0];
    const site = folder ? siteOf(`https://${folder}/`) : null;
    if (site) out.set(site, { text, source: `bundled:policies/${folder}/policy.txt`, origin: 'bundled' });
  }
  return out;
}

export function createPolicyResolver(lookup: (site: string) => Promise<PolicyText | null>): PolicyResolver {
  const cache = new Map<string, Promise<PolicyState>>();
  const parse = (found: PolicyText): Promise<PolicyState> =>
    parsePolicy(found.text, { source: found.source }).then((result) => (result.ok
      ? { status: 'known', origin: found.origin, policy: result.policy, text: found.text }
      : { status: 'unreadable', source: found.source, message: result.error.message }));
  return {
    async policyState(site) {
      const found = await lookup(site);
      if (!found) return { status: 'unknown' };
      const key = `${found.origin}|${found.source}|${found.text.length}|${found.text.slice(0, 64)}`;
      let state = cache.get(key);
      if (!state) cache.set(key, (state = parse(found)));
      return state;
    },
  };
}
