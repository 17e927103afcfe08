/**
 * The links a site's pages offered, gathered across the pages the auditor opened (the footer of
 * one page, the sign-up form's consent link on another), bounded to the most promising.
 */
import { MAX_LINKS, type PolicyLink } from '../schema/discovery';
import { distinctBy } from './distinct';
import { scoreHref, scoreLinkText } from './link-vocabulary';

const promise = (link: PolicyLink): number => scoreLinkText(link.text).score + scoreHref(link.href).score;

/** Known links first, so a page cannot push out what earlier pages offered with a flood of weak ones. */
export function mergeLinks(known: readonly PolicyLink[], offered: readonly PolicyLink[]): { links: PolicyLink[]; added: number } {
  const fresh = distinctBy(offered, (link) => link.href, new Set(known.map((link) => link.href)));
  const merged = [...known, ...fresh];
  if (merged.length <= MAX_LINKS) return { links: merged, added: fresh.length };
  const kept = [...merged].sort((a, b) => promise(b) - promise(a)).slice(0, MAX_LINKS);
  const keptSet = new Set(kept);
  return { links: merged.filter((link) => keptSet.has(link)), added: fresh.filter((link) => keptSet.has(link)).length };
}
