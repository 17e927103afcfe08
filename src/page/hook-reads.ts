/**
 * Reads of device and browser characteristics (categories device_info / browser_info). Libraries read
 * `navigator.userAgent` constantly, so the wrapper does one limiter lookup with a key and a reporter
 * built at install: one observation per property, with how many times it was read.
 */
import type { z } from 'zod';
import type { ReadApi } from '../schema/messages';
import type { HookContext } from './context';
import type { NativeMask } from './native-mask';
import { fixedReporter } from './report';
import { wrapGetter, wrapMethod } from './wrap';
import { protoOf } from './proto';

type PageWindow = Window & typeof globalThis;
type Api = z.infer<typeof ReadApi>;

const GETTERS: ReadonlyArray<{ owner: string; property: string; api: Api }> = [
  { owner: 'Navigator', property: 'hardwareConcurrency', api: 'navigator.hardwareConcurrency' },
  { owner: 'Navigator', property: 'deviceMemory', api: 'navigator.deviceMemory' },
  { owner: 'Navigator', property: 'platform', api: 'navigator.platform' },
  { owner: 'Navigator', property: 'maxTouchPoints', api: 'navigator.maxTouchPoints' },
  { owner: 'Navigator', property: 'plugins', api: 'navigator.plugins' },
  { owner: 'Navigator', property: 'languages', api: 'navigator.languages' },
  { owner: 'Navigator', property: 'userAgent', api: 'navigator.userAgent' },
  { owner: 'Screen', property: 'width', api: 'screen.width' },
  { owner: 'Screen', property: 'height', api: 'screen.height' },
  { owner: 'Screen', property: 'colorDepth', api: 'screen.colorDepth' },
];

export function hookReads(win: PageWindow, ctx: HookContext, mask: NativeMask): void {
  const reporterFor = (api: Api) => fixedReporter(ctx, `read|${api}`, { type: 'api-read', api });
  for (let i = 0; i < GETTERS.length; i += 1) {
    const read = GETTERS[i];
    if (read) wrapGetter(ctx.b, mask, protoOf(win, read.owner), read.property, reporterFor(read.api));
  }
  // devicePixelRatio is an accessor on the window object itself, not on Window.prototype.
  wrapGetter(ctx.b, mask, win, 'devicePixelRatio', reporterFor('window.devicePixelRatio'));
  wrapMethod(ctx.b, mask, protoOf(win, 'NavigatorUAData'), 'getHighEntropyValues',
    reporterFor('navigator.userAgentData.getHighEntropyValues'));
}
