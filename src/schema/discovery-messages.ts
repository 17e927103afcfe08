/**
 * Runtime requests about a site's policy. `policy-links` comes from the relay content script of a
 * top-level page; every other request is accepted only from the extension's own pages.
 */
import { z } from 'zod';
import { MAX_HREF_CHARS, MAX_LINKS, PolicyLink } from './discovery';

const TabId = z.number().int().nonnegative();
/** A registrable domain or a URL on it, as an auditor types it; the background derives the site. */
const SiteInput = z.string().min(1).max(MAX_HREF_CHARS);
/** The store's limit (1 MB of text), plus room for the UTF-16 length of a few astral characters. */
const PolicyTextInput = z.string().max(1024 * 1024);

export const PolicyAttachInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('url'), url: z.string().min(1).max(MAX_HREF_CHARS) }),
  z.object({ kind: z.literal('text'), text: PolicyTextInput, source: z.string().min(1).max(300) }),
]);
export type PolicyAttachInput = z.infer<typeof PolicyAttachInput>;

export const DISCOVERY_REQUESTS = [
  z.object({ type: z.literal('policy-links'), links: z.array(PolicyLink).max(MAX_LINKS) }),
  /** Search the tab's site again now (popup: "search again" / "check for changes"). */
  z.object({ type: z.literal('discover-policy'), tabId: TabId }),
  /** One of the candidates the background offered for the tab's site. */
  z.object({ type: z.literal('choose-policy'), tabId: TabId, url: z.string().max(MAX_HREF_CHARS) }),
  z.object({ type: z.literal('attach-policy'), site: SiteInput, input: PolicyAttachInput }),
  z.object({ type: z.literal('list-policies') }),
  z.object({ type: z.literal('remove-policy'), site: SiteInput }),
] as const;
