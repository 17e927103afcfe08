/**
 * Messages crossing context boundaries. The page world's claims are parsed in the isolated world
 * and again in the background; nothing the page sends chooses ids, times, frames or sites.
 */
import { z } from 'zod';
import { DISCOVERY_REQUESTS } from './discovery-messages';
import { DomEvent } from './dom-events';
import { DeviceApi, Observation } from './observation';

const Short = z.string().max(300);
const Count = z.number().int().positive().max(1e9);
/** Set when the call came from a same-origin child frame the hooks patched from its parent. */
const ChildFrame = z.enum(['about:blank', 'about:srcdoc', 'same-origin']).optional();

/** Property reads and calls that reveal device or browser characteristics (page world, src/page/hook-reads.ts). */
export const ReadApi = z.enum([
  'navigator.hardwareConcurrency', 'navigator.deviceMemory', 'navigator.platform', 'navigator.maxTouchPoints',
  'navigator.plugins', 'navigator.languages', 'navigator.userAgent', 'navigator.userAgentData.getHighEntropyValues',
  'screen.width', 'screen.height', 'screen.colorDepth', 'window.devicePixelRatio',
]);

export const PageEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('device'), api: DeviceApi, gesture: z.boolean(),
    constraints: Short.optional(), count: Count, childFrame: ChildFrame }),
  z.object({ type: z.literal('fingerprint'), technique: z.enum(['canvas', 'webgl', 'audio', 'fonts']),
    evidence: z.string().max(200), count: Count, childFrame: ChildFrame }),
  /** Never the whole value: its first 40 characters and its length, from which the background judges it. */
  z.object({ type: z.literal('storage-write'), area: z.enum(['localStorage', 'sessionStorage', 'indexedDB']),
    key: z.string().max(200), sample: z.string().max(40), length: z.number().int().nonnegative().max(1e9),
    count: Count, childFrame: ChildFrame }),
  /** A document.cookie write: the name and the attribute text after the first `;`, never the value. */
  z.object({ type: z.literal('cookie-write'), name: z.string().max(256), attributes: Short,
    count: Count, childFrame: ChildFrame }),
  z.object({ type: z.literal('api-read'), api: ReadApi, count: Count, childFrame: ChildFrame }),
]);
export type PageEvent = z.infer<typeof PageEvent>;

/** At most this many events in one message: a page flooding the channel is cut off, not stored. */
export const MAX_EVENTS_PER_MESSAGE = 50;

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
