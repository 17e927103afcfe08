/**
 * The background's side of finding a site's policy. Pages report their links; when the site has no
 * bundled or attached policy, the search runs here (fetching only from the site and its links'
 * targets), and its result is stored: the policy as 'discovered', or how the search ended.
 */
import { discoverPolicy, type DiscoveryOutcome } from '../discovery/discover';
import { fetchAndRead } from '../discovery/fetch-and-read';
import type { FetchDeps } from '../discovery/fetch-document';
import { mergeLinks } from '../discovery/merge-links';
import { joinParts } from '../discovery/parts';
import { planSearch, STALE_SEARCH_MS, type SearchPlan } from '../discovery/schedule';
import type { PolicyState } from '../schema/audit-view';
import type { PolicyLink } from '../schema/discovery';
import type { DiscoveryRecord, DiscoveryStore, SearchState } from '../storage/discovery-store';
import type { PolicyStore, StoredPolicy } from '../storage/policy-store';
import { siteOf } from '../trackers/site';

/** Rounds of one search when pages keep reporting new links during it. */
const MAX_SEARCH_ROUNDS = 3;

export interface DiscoveryDeps extends FetchDeps {
  policies: PolicyStore;
  records: DiscoveryStore;
  hasBundled(site: string): boolean;
  now(): Date;
}

export interface PolicyDiscovery {
  /** A top-level page of the site reported the policy-like links it offers. */
  onLinks(pageUrl: string, links: readonly PolicyLink[]): Promise<void>;
  /**
   * Search the site of this page again now; a found policy is re-fetched to see whether it changed.
   * Settles once the search has started, so the popup can show it running; `done` when it ends.
   */
  searchNow(pageUrl: string): Promise<{ done: Promise<void> }>;
  /** The popup's view of a site without a stored or bundled policy. */
  searchState(site: string): Promise<PolicyState>;
}

/** A stored policy the search may replace: only one it found itself, never one the auditor attached. */
function ownStored(stored: StoredPolicy | null): StoredPolicy | null {
  return stored?.origin === 'discovered' ? stored : null;
}

async function recheck(stored: StoredPolicy, site: string, deps: DiscoveryDeps): Promise<boolean> {
  const parts = stored.parts ?? [];
  const read = await Promise.all(parts.map((part) => fetchAndRead(part.url, site, deps)));
  const documents = read.flatMap((result, i) => (result.ok && parts[i] ? [{ url: parts[i].url, kind: parts[i].kind, text: result.text }] : []));
  if (parts.length === 0 || documents.length !== parts.length) return false;
  const joined = joinParts(documents);
  return (await deps.policies.attach(site, { ...joined, source: stored.source, origin: 'discovered' })).ok;
}

async function store(outcome: DiscoveryOutcome, site: string, deps: DiscoveryDeps, at: string): Promise<SearchState> {
  if (outcome.status === 'choose') return { ...outcome, at };
  if (outcome.status === 'not-found') return { ...outcome, at };
  const joined = joinParts(outcome.documents.map((doc) => ({ url: doc.url, kind: doc.kind, text: doc.text })));
  const source = joined.parts[0]?.url ?? site;
  const attached = await deps.policies.attach(site, { ...joined, source, origin: 'discovered' });
  if (attached.ok) return { status: 'found', at };
  return { status: 'not-found', tried: [{ url: source, problem: { code: attached.code } }], linksSeen: outcome.documents.length, at };
}

export function createPolicyDiscovery(deps: DiscoveryDeps): PolicyDiscovery {
  const running = new Map<string, Promise<void>>();

  async function attempt(record: DiscoveryRecord, plan: Exclude<SearchPlan, 'none'>): Promise<SearchState> {
    try {
      const stored = ownStored(await deps.policies.get(record.site));
      if (plan === 'recheck' && stored && await recheck(stored, record.site, deps)) return { status: 'found', at: deps.now().toISOString() };
      return await store(await discoverPolicy(record.pageUrl, record.links, deps), record.site, deps, deps.now().toISOString());
    } catch {
      return { status: 'not-found', tried: [{ url: record.pageUrl, problem: { code: 'network' } }], linksSeen: 0, at: deps.now().toISOString() };
    }
  }

  /**
   * Pages keep reporting links while a search runs (the popup may start one before the page's own
   * report arrives): if the search found nothing and new links came meanwhile, it goes round again
   * with them, still shown as searching.
   */
  async function search(record: DiscoveryRecord, plan: Exclude<SearchPlan, 'none'>): Promise<void> {
    let current = record;
    for (let round = 1; ; round += 1) {
      const outcome = await attempt(current, round === 1 ? plan : 'discover');
      const latest = (await deps.records.get(record.site)) ?? current;
      const missed = latest.links.some((link) => !current.links.some((known) => known.href === link.href));
      if (outcome.status === 'found' || !missed || round >= MAX_SEARCH_ROUNDS) {
        await deps.records.put({ ...latest, search: outcome, updatedAt: deps.now().toISOString() });
        return;
      }
      current = latest;
    }
  }

  /** `marked` settles once the site is recorded as being searched (what the popup waits for), `done` when the search ends. */
  function start(record: DiscoveryRecord, plan: Exclude<SearchPlan, 'none'>): { marked: Promise<void>; done: Promise<void> } {
    const already = running.get(record.site);
    if (already) return { marked: Promise.resolve(), done: already };
    const startedAt = deps.now().toISOString();
    const marked = deps.records.put({ ...record, search: { status: 'searching', startedAt }, updatedAt: startedAt });
    const done = marked.then(() => search(record, plan)).catch(() => undefined).finally(() => running.delete(record.site));
    running.set(record.site, done);
    return { marked, done };
  }

  /** The site's record and whether the search is the extension's to run (not bundled, not attached). */
  async function prepare(pageUrl: string): Promise<{ record: DiscoveryRecord; stored: StoredPolicy | null } | null> {
    const site = siteOf(pageUrl);
    if (!site || deps.hasBundled(site)) return null;
    const stored = await deps.policies.get(site);
    if (stored && stored.origin !== 'discovered') return null;
    const record = await deps.records.get(site)
      ?? { site, pageUrl, links: [], search: null, updatedAt: deps.now().toISOString() };
    return { record: { ...record, pageUrl: pageUrl.slice(0, 2048) }, stored };
  }

  return {
    async onLinks(pageUrl, offered) {
      const prepared = await prepare(pageUrl);
      if (!prepared) return;
      const { links, added } = mergeLinks(prepared.record.links, offered);
      const record = { ...prepared.record, links, updatedAt: deps.now().toISOString() };
      const plan = running.has(record.site) ? 'none' : planSearch({ search: record.search,
        storedCheckedAt: prepared.stored ? prepared.stored.checkedAt ?? prepared.stored.storedAt : null, addedLinks: added, now: deps.now() });
      if (plan === 'none') await deps.records.put(record);
      else await start(record, plan).done;
    },
    async searchNow(pageUrl) {
      const prepared = await prepare(pageUrl);
      if (!prepared) return { done: Promise.resolve() };
      const { marked, done } = start(prepared.record, prepared.stored ? 'recheck' : 'discover');
      await marked;
      return { done };
    },
    async searchState(site) {
      const search = (await deps.records.get(site))?.search;
      if (search?.status === 'searching') {
        const stale = deps.now().getTime() - Date.parse(search.startedAt) >= STALE_SEARCH_MS;
        return stale && !running.has(site) ? { status: 'unknown' } : { status: 'searching' };
      }
      if (search?.status === 'choose') return { status: 'choose', candidates: search.candidates };
      if (search?.status === 'not-found') return { status: 'not-found', tried: search.tried, linksSeen: search.linksSeen };
      return { status: 'unknown' };
    },
  };
}
