/**
 * Finds a site's policy: the page's own links first (ranked, the best few fetched side by side),
 * then the usual addresses on the site's origin when no link led to one. Fetches go only to the
 * audited site and to the targets of its links; each is bounded (see fetch-document.ts).
 */
import type { Attempt, Candidate, PolicyLink } from '../schema/discovery';
import { siteOf } from '../trackers/site';
import { rankCandidates } from './candidates';
import { fetchAndRead } from './fetch-and-read';
import type { FetchDeps } from './fetch-document';
import { selectDocuments, type ReadCandidate } from './select';
import { commonPathUrls, isFetchableLink } from './targets';

export const MAX_LINK_FETCHES = 4;
export const MAX_TRIED_SHOWN = 12;

export type DiscoveryOutcome =
  | { status: 'found'; documents: ReadCandidate[] }
  | { status: 'choose'; candidates: Candidate[]; consents: Candidate[] }
  | { status: 'not-found'; tried: Attempt[]; linksSeen: number };

async function readAll(candidates: readonly Candidate[], site: string, deps: FetchDeps, tried: Attempt[]): Promise<ReadCandidate[]> {
  const results = await Promise.all(candidates.map((c) => fetchAndRead(c.url, site, deps)));
  const read: ReadCandidate[] = [];
  results.forEach((result, i) => {
    const candidate = candidates[i];
    if (!candidate) return;
    if (result.ok) read.push({ url: result.url, linkText: candidate.text, kind: candidate.kind, score: candidate.score, text: result.text });
    else tried.push(result.attempt);
  });
  return read;
}

export async function discoverPolicy(pageUrl: string, links: readonly PolicyLink[], deps: FetchDeps): Promise<DiscoveryOutcome> {
  const site = siteOf(pageUrl);
  if (!site) return { status: 'not-found', tried: [], linksSeen: 0 };
  const tried: Attempt[] = [];
  const ranked = rankCandidates(links, pageUrl).filter((c) => isFetchableLink(c.url, pageUrl)).slice(0, MAX_LINK_FETCHES);
  let selection = selectDocuments(await readAll(ranked, site, deps, tried));
  if (!selection) {
    const fetched = new Set(ranked.map((c) => c.url));
    const usual = commonPathUrls(pageUrl).filter((url) => !fetched.has(url))
      .map((url): Candidate => ({ url, text: '', kind: 'policy', score: 0 }));
    // Only the first usual address that holds a policy is used: they are alternatives, not parts.
    const [first] = await readAll(usual, site, deps, tried);
    selection = first ? selectDocuments([first]) : null;
  }
  if (!selection) return { status: 'not-found', tried: tried.slice(0, MAX_TRIED_SHOWN), linksSeen: ranked.length };
  return selection;
}
