/**
 * A link a page offers that may lead to its privacy policy, as the relay content script reports it.
 * zod/mini, like page-events.ts, because the relay loads it in every frame.
 */
import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema';

export const MAX_LINKS = 30;
export const MAX_HREF_CHARS = 2048;
export const MAX_LINK_TEXT_CHARS = 200;

/** Where on the page a link sits: policies live in footers; menus link everything. */
export const LinkArea = lazySchema(() => z.enum(['footer', 'nav', 'header', 'main', 'other']));
export type LinkArea = z.infer<typeof LinkArea>;

export const PolicyLink = lazySchema(() => z.object({ href: z.string().check(z.maxLength(MAX_HREF_CHARS)),
  text: z.string().check(z.maxLength(MAX_LINK_TEXT_CHARS)), area: LinkArea }));
export type PolicyLink = z.infer<typeof PolicyLink>;
