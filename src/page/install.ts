/**
 * Installs every page-world hook into a window, and into same-origin child windows it reaches.
 * A window another copy of the hooks already covers (Chromium injects them into a plain about:blank
 * iframe synchronously; a parent patches an iframe's initial document) is left alone, or given
 * hooks that stand by while that copy is heard (see hook-frames.ts), so no call is counted twice.
 */
import { captureBuiltins, type Builtins } from './builtins';
import { openPageChannel } from './channel';
import type { ChildFrameKind, HookContext } from './context';
import { hookAudio } from './hook-audio';
import { hookCanvas } from './hook-canvas';
import { hookCookie } from './hook-cookie';
import { hookDevices } from './hook-devices';
import { hookFonts } from './hook-fonts';
import { hookFrames } from './hook-frames';
import { hookInsertion } from './hook-insertion';
import { hookReads } from './hook-reads';
import { hookStorage } from './hook-storage';
import { hookWebgl } from './hook-webgl';
import { createLimiter } from './limiter';
import { createNativeMask, type NativeMask } from './native-mask';

type PageWindow = Window & typeof globalThis;

function installInto(win: PageWindow, b: Builtins, mask: NativeMask, ctx: HookContext): void {
  mask.cover(win);
  hookDevices(win as PageWindow & Record<string, unknown>, ctx, mask);
  hookCanvas(win, ctx, mask);
  hookWebgl(win, ctx, mask);
  hookAudio(win, ctx, mask);
  hookFonts(win, ctx, mask);
  hookStorage(win, ctx, mask);
  hookCookie(win, ctx, mask);
  hookReads(win, ctx, mask);
  const patch = hookFrames(win, ctx, mask, (child: PageWindow, childFrame: ChildFrameKind, othersReport?: () => boolean) =>
    installInto(child, b, mask, { ...ctx, childFrame, othersReport }));
  hookInsertion(win, ctx, mask, patch);
}

export function installPageHooks(win: PageWindow): void {
  const b = captureBuiltins(win);
  const mask = createNativeMask(b);
  // A srcdoc frame keeps the window its parent patched while it was the initial about:blank, and
  // Chromium then injects this script into it too: the parent's hooks already report from it.
  if (mask.isCovered(win)) return;
  const ctx: HookContext = { b, channel: openPageChannel(b), limiter: createLimiter(b) };
  installInto(win, b, mask, ctx);
}
