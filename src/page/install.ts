/** Installs every page-world hook into a window, and into same-origin child windows it reaches. */
import { captureBuiltins, type Builtins } from './builtins';
import { openPageChannel } from './channel';
import type { ChildFrameKind, HookContext } from './context';
import { hookDevices } from './hook-devices';
import { hookFrames } from './hook-frames';
import { createLimiter } from './limiter';
import { installNativeMask } from './native-mask';

type PageWindow = Window & typeof globalThis;

function installInto(win: PageWindow, b: Builtins, ctx: HookContext): void {
  const mask = installNativeMask(win, b);
  hookDevices(win as PageWindow & Record<string, unknown>, ctx, mask);
  hookFrames(win, ctx, mask, (child: PageWindow, childFrame: ChildFrameKind) =>
    installInto(child, b, { ...ctx, childFrame }));
}

export function installPageHooks(win: PageWindow): void {
  const b = captureBuiltins(win);
  const ctx: HookContext = { b, channel: openPageChannel(b), limiter: createLimiter(b) };
  installInto(win, b, ctx);
}
