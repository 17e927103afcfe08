/**
 * Messages crossing context boundaries. The page world's claims are parsed in the isolated world
 * and again in the background; nothing the page sends chooses ids, times, frames or sites.
 */
import { z } from 'zod';
import { DISCOVERY_REQUESTS } from './discovery-messages';
import { DomEvent } from './dom-events';
import { Observation } from './observation';
import { MAX_EVENTS_PER_MESSAGE, PageEvent } from './page-events';

export { MAX_EVENTS_PER_MESSAGE, PageEvent, ReadApi } from './page-events';

export const RuntimeRequest = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page-events'), events: z.array(PageEvent).max(MAX_EVENTS_PER_MESSAGE) }),
  z.object({ type: z.literal('dom-events'), events: z.array(DomEvent).max(MAX_EVENTS_PER_MESSAGE) }),
  z.object({ type: z.literal('get-tab-state'), tabId: z.number().int().nonnegative() }),
  z.object({ type: z.literal('get-audit'), tabId: z.number().int().nonnegative() }),
  z.object({ type: z.literal('get-report'), tabId: z.number().int().nonnegative() }),
  ...DISCOVERY_REQUESTS,
]);
export type RuntimeRequest = z.infer<typeof RuntimeRequest>;

export const TabState = z.object({
  tabId: z.number().int(),
  pageUrl: z.string().nullable(),
  site: z.string().nullable(),
  observations: z.array(Observation),
  limitReached: z.boolean(),
  dropped: z.number().int().nonnegative(),
});
export type TabState = z.infer<typeof TabState>;
