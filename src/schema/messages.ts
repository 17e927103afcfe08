/**
 * Messages crossing context boundaries. The page world's claims are parsed in the isolated world
 * and again in the background; nothing the page sends chooses ids, times, frames or sites.
 */
import { z } from 'zod';
import { DomEvent } from './dom-events';
import { DeviceApi, Observation } from './observation';

const Short = z.string().max(300);

export const PageEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('device'), api: DeviceApi, gesture: z.boolean(),
    constraints: Short.optional(), count: z.number().int().positive().max(1e9),
    /** Set when the call came from a same-origin child frame the hooks patched from its parent. */
    childFrame: z.enum(['about:blank', 'about:srcdoc', 'same-origin']).optional() }),
]);
export type PageEvent = z.infer<typeof PageEvent>;

/** At most this many events in one message: a page flooding the channel is cut off, not stored. */
export const MAX_EVENTS_PER_MESSAGE = 50;

export const RuntimeRequest = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page-events'), events: z.array(PageEvent).max(MAX_EVENTS_PER_MESSAGE) }),
  z.object({ type: z.literal('dom-events'), events: z.array(DomEvent).max(MAX_EVENTS_PER_MESSAGE) }),
  z.object({ type: z.literal('get-tab-state'), tabId: z.number().int().nonnegative() }),
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
