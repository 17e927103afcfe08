/**
 * A page can create an iframe and use its window synchronously, before the browser injects any
 * content script into it (`iframe.contentWindow.navigator.geolocation…` right after appendChild).
 * So every same-origin child window is patched from the parent the first time the parent reaches it
 * — unless the browser already ran the hooks in it (Chromium does, synchronously, for a plain
 * about:blank iframe), which the mask recognises, so calls there are not counted twice.
 *
 * A child is looked at again whenever it shows a new document: an iframe element reused with a new
 * `src` or `srcdoc` keeps its window object but gets a new document and usually a new global. And a
 * child covered by another copy of the hooks gets these hooks too, standing by: a `document.open()`
 * into that child (the "friendly iframe" an ad tag writes into) erases the listeners that copy's
 * channel needs, after which only the parent's channel can carry what the child does.
 */
import type { HookContext, ChildFrameKind } from './context';
import { listenersKept } from './listener-erasure';
import type { NativeMask } from './native-mask';
import { wrapGetter } from './wrap';

type PageWindow = Window & typeof globalThis;
export type InstallInto = (win: PageWindow, childFrame: ChildFrameKind, othersReport?: () => boolean) => void;
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

/** The child's current document, or null for a cross-origin window (those get their own content scripts). */
function reachableDocument(value: unknown): object | null {
  if (typeof value !== 'object' || value === null) return null;
  try {
    // `document` is unforgeable: a page cannot redefine it on its window.
    const doc: unknown = (value as PageWindow).document;
    return typeof doc === 'object' && doc !== null && typeof (value as PageWindow).Function === 'function' ? doc : null;
  } catch {
    return null;
  }
}

export function hookFrames(win: PageWindow, ctx: HookContext, mask: NativeMask, installInto: InstallInto): PatchFrame {
  const seen = new ctx.b.WeakMap<object, true>();
  const patch: PatchFrame = (value) => {
    const doc = value === (win as unknown) ? null : reachableDocument(value);
    if (doc === null || seen.has(doc)) return;
    seen.set(doc, true);
    const child = value as PageWindow;
    // A new document in a global these hooks already patched (the initial about:blank's global is reused).
    if (mask.isOurs(child)) return;
    if (!mask.isCovered(child)) installInto(child, childKind(child));
    else installInto(child, childKind(child), listenersKept(ctx.b, doc));
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
