/**
 * Runtime requests about a site's policy. `policy-links` comes from the relay content script of a
 * top-level page; every other request is accepted only from the extension's own pages.
 */
import * as z from 'zod/mini';
import { MAX_HREF_CHARS, MAX_LINKS, PolicyLink } from './discovery';
import { lazySchema } from './lazy-schema';

const TabId = lazySchema(() => z.number().check(z.int(), z.nonnegative()));
/** A registrable domain or a URL on it, as an auditor types it; the background derives the site. */
const SiteInput = lazySchema(() => z.string().check(z.minLength(1), z.maxLength(MAX_HREF_CHARS)));
/** The store's limit (1 MB of text), plus room for the UTF-16 length of a few astral characters. */
const PolicyTextInput = lazySchema(() => z.string().check(z.maxLength(1024 * 1024)));

export const PolicyAttachInput = lazySchema(() => z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('url'), url: SiteInput }),
  z.object({ kind: z.literal('text'), text: PolicyTextInput, source: z.string().check(z.minLength(1), z.maxLength(300)) }),
]));
export type PolicyAttachInput = z.infer<typeof PolicyAttachInput>;

export const DISCOVERY_REQUESTS = [
  z.object({ type: z.literal('policy-links'), links: z.array(PolicyLink).check(z.maxLength(MAX_LINKS)) }),
  /** Search the tab's site again now (popup: "search again" / "check for changes"). */
  z.object({ type: z.literal('discover-policy'), tabId: TabId }),
  /** One of the candidates the background offered for the tab's site. */
  z.object({ type: z.literal('choose-policy'), tabId: TabId, url: z.string().check(z.maxLength(MAX_HREF_CHARS)) }),
  z.object({ type: z.literal('attach-policy'), site: SiteInput, input: PolicyAttachInput }),
  z.object({ type: z.literal('list-policies') }),
  z.object({ type: z.literal('remove-policy'), site: SiteInput }),
] as const;
