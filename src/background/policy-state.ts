/**
 * The policy that applies to a site, parsed. Bundled policies come with the extension; the parsed
 * result is cached by the text's hash, so the popup opening again costs nothing. With no policy,
 * the search for one says how far it got (searching, candidates to choose from, nothing found).
 */
import { parseParts } from '../discovery/parts';
import type { PolicyParser } from '../discovery/policy-parser';
import type { PolicyState } from '../schema/audit-view';
import type { PolicyPart, PolicyVersion } from '../schema/discovery';
import type { Report } from '../schema/report';
import { summarize, type StoredPolicy } from '../storage/policy-store';
import { siteOf } from '../trackers/site';

export interface PolicyText {
  text: string;
  source: string;
  origin: NonNullable<Report['policy']>['origin'];
  /** Stored policies: the version, and the documents the text joins (each declaration keeps its own). */
  version?: PolicyVersion;
  parts?: readonly PolicyPart[];
}

export interface PolicyResolver {
  policyState(site: string): Promise<PolicyState>;
}

export interface BundledPolicies {
  has(site: string): boolean;
  get(site: string): Promise<PolicyText | null>;
}

/**
 * Bundled policies are keyed by the lender's registrable domain (the folder name under policies/)
 * and read from the extension's own files when an audit first needs one, then kept.
 */
export function bundledPolicies(folders: readonly string[], read: (file: string) => Promise<string>): BundledPolicies {
  const folderOf = new Map<string, string>();
  for (const folder of folders) {
    const site = siteOf(`https://${folder}/`);
    if (site) folderOf.set(site, folder);
  }
  const texts = new Map<string, Promise<PolicyText>>();
  return {
    has: (site) => folderOf.has(site),
    get(site) {
      const folder = folderOf.get(site);
      if (!folder) return Promise.resolve(null);
      let text = texts.get(site);
      if (!text) {
        text = read(`policies/${folder}.txt`).then((body): PolicyText =>
          ({ text: body, source: `bundled:policies/${folder}/policy.txt`, origin: 'bundled' }));
        // A failed read is tried again next time rather than remembered.
        text.catch(() => texts.delete(site));
        texts.set(site, text);
      }
      return text;
    },
  };
}

export function storedPolicyText(stored: StoredPolicy): PolicyText {
  return { text: stored.text, source: stored.source, origin: stored.origin, version: summarize(stored).version, parts: stored.parts };
}

export function createPolicyResolver(parsePolicy: PolicyParser, lookup: (site: string) => Promise<PolicyText | null>,
  searchState: (site: string) => Promise<PolicyState> = async () => ({ status: 'unknown' })): PolicyResolver {
  const cache = new Map<string, Promise<PolicyState>>();
  const parseOnce = (found: PolicyText) => (found.parts && found.parts.length > 0 ? parseParts(parsePolicy, found.text, found.parts, found.source)
    : parsePolicy(found.text, { source: found.source }));
  const parse = async (found: PolicyText): Promise<PolicyState> => {
    // An unreachable parser is asked once more before the audit goes on without the policy.
    const result = await parseOnce(found).catch(() => parseOnce(found));
    return result.ok ? { status: 'known', origin: found.origin, policy: result.policy, text: result.text }
      : { status: 'unreadable', source: found.source, message: result.error.message };
  };
  return {
    async policyState(site) {
      const found = await lookup(site);
      if (!found) return searchState(site);
      const key = `${found.origin}|${found.source}|${found.version?.sha256 ?? ''}|${found.text.length}|${found.text.slice(0, 64)}`;
      let state = cache.get(key);
      if (!state) {
        state = parse(found);
        cache.set(key, state);
        // A parser that could not be reached is asked again next time rather than remembered.
        state.catch(() => { if (cache.get(key) === state) cache.delete(key); });
      }
      const parsed = await state.catch((): PolicyState => ({ status: 'unreadable', source: found.source,
        message: 'The policy parser did not answer; it is asked again at the next audit.' }));
      if (parsed.status !== 'known' || !found.version) return parsed;
      const checking = found.origin === 'discovered' && (await searchState(site)).status === 'searching';
      return { ...parsed, version: found.version, ...(checking ? { checking } : {}) };
    },
  };
}
