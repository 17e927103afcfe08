/**
 * Collects the links of a top-level page that look like they lead to its privacy policy or consent
 * form, with where they sit (footer, menu…), and reports them to the background once the page has
 * loaded, and once more a little later for footers that scripts render late. Read from the rendered
 * DOM because many lenders' sites build their footer in script; the page controls that DOM, so the
 * number of links read and sent and the length of every string are bounded.
 */
import { looksLikePolicyLink } from '../discovery/link-vocabulary';
import { MAX_HREF_CHARS, MAX_LINK_TEXT_CHARS, MAX_LINKS, type LinkArea, type PolicyLink } from '../schema/policy-link';
import type { RuntimeRequest } from '../schema/messages';

/** Anchors read at most: a page of ten thousand links is not a lender's footer. */
export const MAX_ANCHORS_READ = 3000;
export const SECOND_LOOK_MS = 3000;

const AREAS: ReadonlyArray<[LinkArea, string]> = [
  ['footer', 'footer, [role="contentinfo"], [id*="footer" i], [class*="footer" i], [id*="podval" i], [class*="podval" i]'],
  ['nav', 'nav, [role="navigation"], [role="menu"], [id*="menu" i], [class*="menu" i]'],
  ['header', 'header, [role="banner"]'],
  ['main', 'main, [role="main"], article'],
];

function areaOf(anchor: Element): LinkArea {
  for (const [area, selector] of AREAS) if (anchor.closest(selector)) return area;
  return 'other';
}

function linkOf(anchor: Element, base: string): PolicyLink | null {
  const raw = anchor.getAttribute('href');
  if (!raw || raw.length > MAX_HREF_CHARS) return null;
  let href: string;
  try {
    href = new URL(raw, base).href;
  } catch {
    return null;
  }
  if (href.length > MAX_HREF_CHARS || !/^https?:/u.test(href)) return null;
  const label = `${anchor.textContent ?? ''} ${anchor.getAttribute('title') ?? ''} ${anchor.getAttribute('aria-label') ?? ''}`;
  const text = label.slice(0, 4 * MAX_LINK_TEXT_CHARS).replace(/\s+/gu, ' ').trim().slice(0, MAX_LINK_TEXT_CHARS);
  return looksLikePolicyLink(text, href) ? { href, text, area: areaOf(anchor) } : null;
}

export function collectPolicyLinks(doc: Document): PolicyLink[] {
  const anchors = doc.querySelectorAll('a[href]');
  const links: PolicyLink[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < anchors.length && i < MAX_ANCHORS_READ && links.length < MAX_LINKS; i += 1) {
    const anchor = anchors[i];
    const link = anchor ? linkOf(anchor, doc.baseURI) : null;
    if (link && !seen.has(link.href)) {
      seen.add(link.href);
      links.push(link);
    }
  }
  return links;
}

export function reportPolicyLinks(doc: Document, send: (message: RuntimeRequest) => Promise<unknown>): void {
  const view = doc.defaultView;
  if (!view || view !== view.top) return;
  let sent = new Set<string>();
  const look = (always: boolean): void => {
    const links = collectPolicyLinks(doc);
    // The second look reports only when the page grew links; the background merges them with the first.
    if (!always && links.every((link) => sent.has(link.href))) return;
    sent = new Set(links.map((link) => link.href));
    send({ type: 'policy-links', links }).catch(() => undefined);
  };
  const onLoad = (): void => {
    look(true);
    view.setTimeout(() => look(false), SECOND_LOOK_MS);
  };
  // Outside the load event's own dispatch, so reading the links never delays the page's load.
  if (doc.readyState === 'complete') onLoad();
  else view.addEventListener('load', () => view.setTimeout(onLoad, 0), { once: true });
}
