/**
 * A page can create an iframe and use its window synchronously, before the browser injects any
 * content script into it (`iframe.contentWindow.navigator.geolocation…` right after appendChild).
 * So every same-origin child window is patched from the parent the first time the parent reaches it
 * — unless the browser already ran the hooks in it (Chromium does, synchronously, for a plain
 * about:blank iframe), which the mask recognises, so calls there are not counted twice.
 */
import type { HookContext, ChildFrameKind } from './context';
import type { NativeMask } from './native-mask';
import { wrapGetter } from './wrap';

type PageWindow = Window & typeof globalThis;
export type InstallInto = (win: PageWindow, childFrame: ChildFrameKind) => void;
/** Patches a value if it is a same-origin child window the hooks do not cover yet. */
export type PatchFrame = (value: unknown) => void;

function childKind(frame: PageWindow): ChildFrameKind {
  try {
    const href = frame.location.href;
    if (href === 'about:srcdoc') return 'about:srcdoc';
    if (href === 'about:blank' || href === '') return 'about:blank';
  } catch {
    // Reading location of a frame mid-navigation can throw; treat it as an ordinary child.
  }
  return 'same-origin';
}

function isReachable(value: unknown): value is PageWindow {
  if (typeof value !== 'object' || value === null) return false;
  try {
    // Cross-origin windows throw on property access: those frames get their own content scripts.
    return typeof (value as PageWindow).Function === 'function';
  } catch {
    return false;
  }
}

export function hookFrames(win: PageWindow, ctx: HookContext, mask: NativeMask, installInto: InstallInto): PatchFrame {
  const patched = new ctx.b.WeakMap<object, true>();
  const patch: PatchFrame = (value) => {
    if (!isReachable(value) || patched.has(value) || value === (win as unknown)) return;
    patched.set(value, true);
    if (!mask.isCovered(value)) installInto(value, childKind(value));
  };
  const patchFromDocument = (doc: unknown): void => {
    if (typeof doc === 'object' && doc !== null) patch((doc as Document).defaultView);
  };
  const frameElements = ['HTMLIFrameElement', 'HTMLFrameElement', 'HTMLObjectElement'];
  for (let i = 0; i < frameElements.length; i += 1) {
    const ctor = (win as unknown as Record<string, { prototype?: object } | undefined>)[frameElements[i] ?? ''];
    wrapGetter(ctx.b, mask, ctor?.prototype, 'contentWindow', patch);
    wrapGetter(ctx.b, mask, ctor?.prototype, 'contentDocument', patchFromDocument);
  }
  return patch;
}
