/**
 * What the page-world hooks may claim. Parsed in the isolated world when the relay forwards the claim,
 * and again in the background; nothing here lets the page choose ids, times, frames or sites.
 * Written with zod/mini because the relay content script loads it in every frame of every page,
 * where full zod's start-up would cost each page load tens of milliseconds.
 */
import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema';

export const DeviceApi = lazySchema(() => z.enum([
  'geolocation.getCurrentPosition', 'geolocation.watchPosition', 'mediaDevices.getUserMedia',
  'getUserMedia.legacy', 'mediaDevices.enumerateDevices', 'contacts.select', 'permissions.query',
  'input.capture',
]));
export type DeviceApi = z.infer<typeof DeviceApi>;

/** Property reads and calls that reveal device or browser characteristics (page world, src/page/hook-reads.ts). */
export const ReadApi = lazySchema(() => z.enum([
  'navigator.hardwareConcurrency', 'navigator.deviceMemory', 'navigator.platform', 'navigator.maxTouchPoints',
  'navigator.plugins', 'navigator.languages', 'navigator.userAgent', 'navigator.userAgentData.getHighEntropyValues',
  'screen.width', 'screen.height', 'screen.colorDepth', 'window.devicePixelRatio',
]));

/**
 * Built on the first parse, not when the module loads: the relay loads in every frame before the
 * page's own scripts, and building these schemas was most of its start-up; it parses only when it
 * forwards a batch, after the page has moved on.
 */
export const PageEvent = lazySchema(() => z.lazy(() => {
  const Short = z.string().check(z.maxLength(300));
  const Count = z.number().check(z.int(), z.positive(), z.maximum(1e9));
  /** Set when the call came from a same-origin child frame the hooks patched from its parent. */
  const ChildFrame = z.optional(z.enum(['about:blank', 'about:srcdoc', 'same-origin']));
  return z.discriminatedUnion('type', [
    z.object({ type: z.literal('device'), api: DeviceApi, gesture: z.boolean(),
      constraints: z.optional(Short), count: Count, childFrame: ChildFrame }),
    z.object({ type: z.literal('fingerprint'), technique: z.enum(['canvas', 'webgl', 'audio', 'fonts']),
      evidence: z.string().check(z.maxLength(200)), count: Count, childFrame: ChildFrame }),
    /** Never the whole value: its first 40 characters and its length, from which the background judges it. */
    z.object({ type: z.literal('storage-write'), area: z.enum(['localStorage', 'sessionStorage', 'indexedDB']),
      key: z.string().check(z.maxLength(200)), sample: z.string().check(z.maxLength(40)),
      length: z.number().check(z.int(), z.nonnegative(), z.maximum(1e9)), count: Count, childFrame: ChildFrame }),
    /** A document.cookie write: the name and the attribute text after the first `;`, never the value. */
    z.object({ type: z.literal('cookie-write'), name: z.string().check(z.maxLength(256)), attributes: Short,
      count: Count, childFrame: ChildFrame }),
    z.object({ type: z.literal('api-read'), api: ReadApi, count: Count, childFrame: ChildFrame }),
  ]);
}));
export type PageEvent = z.infer<typeof PageEvent>;

/** At most this many events in one message: a page flooding the channel is cut off, not stored. */
export const MAX_EVENTS_PER_MESSAGE = 50;
