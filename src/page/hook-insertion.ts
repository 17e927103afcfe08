/**
 * Catches child frames the page reaches without `contentWindow`: `frames[0]` or `window[0]` right
 * after inserting an iframe. Chromium runs the hooks synchronously in a plain about:blank iframe, but
 * not in the initial empty document of an iframe that has a `src` or `srcdoc` to load, which is
 * same-origin and fully usable until the load replaces it. Indexed access on a window cannot be
 * hooked, so after every DOM insertion that may create a frame, a change in `window.length` has the
 * new children patched before the page's next statement runs.
 */
import type { HookContext } from './context';
import type { PatchFrame } from './hook-frames';
import type { NativeMask } from './native-mask';
import { wrapMethodThen, wrapSetter } from './wrap';
import { protoOf } from './proto';

type PageWindow = Window & typeof globalThis;

const INSERTING_METHODS: ReadonlyArray<{ owner: string; method: string }> = [
  ...['appendChild', 'insertBefore', 'replaceChild'].map((method) => ({ owner: 'Node', method })),
  ...['append', 'prepend', 'after', 'before', 'replaceWith', 'replaceChildren', 'insertAdjacentElement',
    'insertAdjacentHTML', 'setHTMLUnsafe'].map((method) => ({ owner: 'Element', method })),
  { owner: 'Document', method: 'write' },
  { owner: 'Document', method: 'writeln' },
  { owner: 'Range', method: 'insertNode' },
];

export function hookInsertion(win: PageWindow, ctx: HookContext, mask: NativeMask, patch: PatchFrame): void {
  const { b } = ctx;
  const lengthGetter = b.getOwnPropertyDescriptor(win, 'length')?.get;
  if (!lengthGetter) return;
  let known = 0;
  const scan = (): void => {
    const count: unknown = b.apply(lengthGetter, win, []);
    if (typeof count !== 'number' || count === known) return;
    known = count;
    for (let index = 0; index < count; index += 1) patch((win as unknown as Record<number, unknown>)[index]);
  };
  for (let i = 0; i < INSERTING_METHODS.length; i += 1) {
    const inserting = INSERTING_METHODS[i];
    if (inserting) wrapMethodThen(b, mask, protoOf(win, inserting.owner), inserting.method, scan);
  }
  wrapSetter(b, mask, protoOf(win, 'Element'), 'innerHTML', scan, true);
  wrapSetter(b, mask, protoOf(win, 'Element'), 'outerHTML', scan, true);
}
