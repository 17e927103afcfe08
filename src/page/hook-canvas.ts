/**
 * Canvas fingerprinting: an image read back from a canvas that text was drawn on.
 *
 * Criteria from Englehardt & Narayanan, "Online Tracking: A 1-million-site Measurement and Analysis"
 * (CCS 2016), Section 6.1, which refine Acar et al., "The Web Never Forgets" (CCS 2014):
 *  1. the canvas is at least 16×16 px;
 *  2. text is drawn in at least two colours or with at least 10 distinct characters;
 *  3. the script does not call save or restore on the rendering context (we do not track their third
 *     exclusion, addEventListener, since hooking it would tax every listener on the page);
 *  4. the image is extracted with toDataURL (here also toBlob, and an OffscreenCanvas's convertToBlob)
 *     or a getImageData of at least 16×16 px.
 * A chart that draws labels but never reads back fails 4; an image editor reading back pixels
 * without drawing text fails 2. The same holds for an OffscreenCanvas used in the page, and for
 * text carried from one canvas to another (hook-canvas-transfer.ts).
 * Hooks read arguments by index and loop by index: destructuring and for-of go through the iterator
 * protocol, which a page can redefine (here and in every hook-*.ts).
 * Not seen: canvases in workers, which run no page-world hooks.
 */
import { createCanvasBook, MIN_CANVAS_SIDE, type CanvasBook } from './canvas-state';
import type { HookContext } from './context';
import { hookCanvasTransfer } from './hook-canvas-transfer';
import type { NativeMask } from './native-mask';
import { fixedReporter } from './report';
import { wrapMethod } from './wrap';
import { protoOf } from './proto';

export { MIN_CANVAS_SIDE, MIN_DISTINCT_CHARACTERS } from './canvas-state';

type PageWindow = Window & typeof globalThis;
type Getter = () => unknown;

/** The two 2D contexts, each with its canvas interface, its read-back methods and its name in evidence. */
const KINDS = [
  { context: 'CanvasRenderingContext2D', canvas: 'HTMLCanvasElement', readBacks: ['toDataURL', 'toBlob'], noun: 'a canvas' },
  { context: 'OffscreenCanvasRenderingContext2D', canvas: 'OffscreenCanvas', readBacks: ['convertToBlob'],
    noun: 'an OffscreenCanvas' },
];

function hookKind(win: PageWindow, ctx: HookContext, mask: NativeMask, book: CanvasBook, kind: (typeof KINDS)[number]): void {
  const { b } = ctx;
  const context2d = protoOf(win, kind.context);
  const canvasProto = protoOf(win, kind.canvas);
  const getter = (proto: object | undefined, key: string): Getter | undefined =>
    proto ? b.getOwnPropertyDescriptor(proto, key)?.get : undefined;
  const canvasOf = getter(context2d, 'canvas');
  const fillStyle = getter(context2d, 'fillStyle');
  const strokeStyle = getter(context2d, 'strokeStyle');
  const width = getter(canvasProto, 'width');
  const height = getter(canvasProto, 'height');
  if (!canvasOf || !fillStyle || !strokeStyle || !width || !height) return;
  const drewText = (style: Getter) => (args: unknown[], context: unknown): void => {
    const text = args[0];
    if (typeof text === 'string') book.drewText(b.apply(canvasOf, context, []) as object, text, b.apply(style, context, []));
  };
  wrapMethod(b, mask, context2d, 'fillText', drewText(fillStyle));
  wrapMethod(b, mask, context2d, 'strokeText', drewText(strokeStyle));
  const exclude = (_args: unknown[], context: unknown): void => book.exclude(b.apply(canvasOf, context, []) as object);
  wrapMethod(b, mask, context2d, 'save', exclude);
  wrapMethod(b, mask, context2d, 'restore', exclude);
  const fingerprinted = (canvas: unknown): boolean => book.hasText(canvas)
    && (b.apply(width, canvas, []) as number) >= MIN_CANVAS_SIDE && (b.apply(height, canvas, []) as number) >= MIN_CANVAS_SIDE;
  const reporter = (method: string) => {
    const evidence = `${method} of ${kind.noun} with text drawn on it`;
    return fixedReporter(ctx, `fp|canvas|${evidence}`, { type: 'fingerprint', technique: 'canvas', evidence });
  };
  for (let i = 0; i < kind.readBacks.length; i += 1) {
    const method = kind.readBacks[i] ?? '';
    const reported = reporter(method);
    wrapMethod(b, mask, canvasProto, method, (_args, canvas) => {
      if (fingerprinted(canvas)) reported();
    });
  }
  const readPixels = reporter('getImageData');
  wrapMethod(b, mask, context2d, 'getImageData', (args, context) => {
    const w = args[2];
    const h = args[3];
    if (typeof w !== 'number' || typeof h !== 'number' || (w < MIN_CANVAS_SIDE && -w < MIN_CANVAS_SIDE)
      || (h < MIN_CANVAS_SIDE && -h < MIN_CANVAS_SIDE)) return;
    if (fingerprinted(b.apply(canvasOf, context, []))) readPixels();
  });
}

export function hookCanvas(win: PageWindow, ctx: HookContext, mask: NativeMask): void {
  const book = createCanvasBook(ctx.b);
  for (let i = 0; i < KINDS.length; i += 1) {
    const kind = KINDS[i];
    if (kind) hookKind(win, ctx, mask, book, kind);
  }
  hookCanvasTransfer(win, ctx, mask, book);
}
