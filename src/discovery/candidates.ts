/**
 * Ranks the links a page offered as candidate policy documents. A link's name weighs most; its
 * address helps; a footer link is what lenders use, a menu links everything; a link to another
 * site is less likely the lender's own document. Same document, same URL without its fragment.
 */
import type { Candidate, LinkArea, PolicyLink } from '../schema/discovery';
import { MAX_LINK_TEXT_CHARS } from '../schema/discovery';
import { siteOf } from '../trackers/site';
import { scoreHref, scoreLinkText } from './link-vocabulary';

const AREA_BONUS: Record<LinkArea, number> = { footer: 15, main: 5, other: 0, header: -5, nav: -5 };
const OTHER_SITE_PENALTY = 10;
/** Below this a link is noise: an address with «policy» in it and nothing else to go on. */
export const MIN_CANDIDATE_SCORE = 30;
/** Formats the extractor cannot read lose to anything it can. */
const UNREADABLE_EXTENSION = /\.(?:doc|rtf|odt|jpe?g|png|gif|zip|rar)$/iu;

/** The document address a link names, or null for anything that is not a fetchable web page. */
export function documentUrl(href: string, base: string): string | null {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  url.hash = '';
  return url.href;
}

export function scoreLink(link: PolicyLink, url: string, site: string): Candidate {
  const byText = scoreLinkText(link.text);
  const byHref = scoreHref(url);
  // The name decides the kind; the address only speaks when the name is silent or generic.
  const kind = byText.score >= 40 ? byText.kind : byHref.score > 0 ? byHref.kind : byText.kind;
  let score = Math.max(byText.score, byHref.score) + Math.min(byText.score, byHref.score) / 2 + AREA_BONUS[link.area];
  if (siteOf(url) !== site) score -= OTHER_SITE_PENALTY;
  if (UNREADABLE_EXTENSION.test(new URL(url).pathname)) score -= 40;
  return { url, text: link.text.slice(0, MAX_LINK_TEXT_CHARS), kind, score };
}

/** Candidates best first; one per document address, keeping its best-placed link. */
export function rankCandidates(links: readonly PolicyLink[], pageUrl: string): Candidate[] {
  const site = siteOf(pageUrl);
  if (!site) return [];
  const byUrl = new Map<string, Candidate>();
  for (const link of links) {
    const url = documentUrl(link.href, pageUrl);
    if (!url) continue;
    const candidate = scoreLink(link, url, site);
    const known = byUrl.get(url);
    if (candidate.score >= MIN_CANDIDATE_SCORE && (!known || candidate.score > known.score)) byUrl.set(url, candidate);
  }
  return [...byUrl.values()].sort((a, b) => b.score - a.score || a.url.length - b.url.length);
}
