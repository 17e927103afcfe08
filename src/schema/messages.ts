/**
 * Messages crossing context boundaries. The page world's claims are parsed in the isolated world
 * and again in the background; nothing the page sends chooses ids, times, frames or sites.
 */
import * as z from 'zod/mini';
import { DISCOVERY_REQUESTS } from './discovery-messages';
import { DomEvent } from './dom-events';
import { lazySchema } from './lazy-schema';
import { Observation } from './observation';
import { MAX_EVENTS_PER_MESSAGE, PageEvent } from './page-events';

export { MAX_EVENTS_PER_MESSAGE, PageEvent, ReadApi } from './page-events';

const TabId = lazySchema(() => z.number().check(z.int(), z.nonnegative()));

export const RuntimeRequest = lazySchema(() => z.discriminatedUnion('type', [
  z.object({ type: z.literal('page-events'), events: z.array(PageEvent).check(z.maxLength(MAX_EVENTS_PER_MESSAGE)) }),
  z.object({ type: z.literal('dom-events'), events: z.array(DomEvent).check(z.maxLength(MAX_EVENTS_PER_MESSAGE)) }),
  // The relay asks once per document, after the page's load, for the field scanner to be injected.
  z.object({ type: z.literal('want-field-scanner') }),
  z.object({ type: z.literal('get-tab-state'), tabId: TabId }),
  z.object({ type: z.literal('get-audit'), tabId: TabId }),
  z.object({ type: z.literal('get-report'), tabId: TabId }),
  ...DISCOVERY_REQUESTS,
]));
export type RuntimeRequest = z.infer<typeof RuntimeRequest>;

export const TabState = lazySchema(() => z.object({
  tabId: z.number().check(z.int()),
  pageUrl: z.nullable(z.string()),
  site: z.nullable(z.string()),
  observations: z.array(Observation),
  limitReached: z.boolean(),
  dropped: z.number().check(z.int(), z.nonnegative()),
}));
export type TabState = z.infer<typeof TabState>;
