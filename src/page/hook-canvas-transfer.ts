/**
 * Text carried from one canvas to another before it is read back: an OffscreenCanvas's
 * transferToImageBitmap, the bitmap shown through an ImageBitmapRenderingContext (`bitmaprenderer`)
 * or drawn with drawImage, or a canvas drawn onto another. The destination then holds the text as
 * if drawn on it, and its read-back is judged as any other (hook-canvas.ts). Transferring alone is
 * not extraction: apps render text offscreen and show it this way every frame.
 * Not seen: createImageBitmap(canvas), whose bitmap arrives through a promise.
 */
import type { CanvasBook } from './canvas-state';
import type { HookContext } from './context';
import type { NativeMask } from './native-mask';
import { wrapMethod, wrapMethodThen } from './wrap';
import { protoOf } from './proto';

type PageWindow = Window & typeof globalThis;
type Getter = () => unknown;

export function hookCanvasTransfer(win: PageWindow, ctx: HookContext, mask: NativeMask, book: CanvasBook): void {
  const { b } = ctx;
  const bitmaps = new b.WeakMap<object, true>();
  wrapMethodThen(b, mask, protoOf(win, 'OffscreenCanvas'), 'transferToImageBitmap', (canvas, _args, bitmap) => {
    if (book.hasText(canvas) && typeof bitmap === 'object' && bitmap !== null) bitmaps.set(bitmap, true);
  });
  const canvasGetter = (proto: object | undefined): Getter | undefined =>
    proto ? b.getOwnPropertyDescriptor(proto, 'canvas')?.get : undefined;
  const carries = (source: unknown): boolean => book.hasText(source) || bitmaps.has(source as object);
  const contexts = ['CanvasRenderingContext2D', 'OffscreenCanvasRenderingContext2D'];
  for (let i = 0; i < contexts.length; i += 1) {
    const proto = protoOf(win, contexts[i] ?? '');
    const canvasOf = canvasGetter(proto);
    if (!canvasOf) continue;
    // Games call drawImage thousands of times a second: nothing beyond a flag test until text exists.
    wrapMethod(b, mask, proto, 'drawImage', (args, context) => {
      if (book.anyText() && carries(args[0])) book.carryText(b.apply(canvasOf, context, []) as object);
    });
  }
  const bitmapRenderer = protoOf(win, 'ImageBitmapRenderingContext');
  const rendererCanvas = canvasGetter(bitmapRenderer);
  if (!rendererCanvas) return;
  wrapMethod(b, mask, bitmapRenderer, 'transferFromImageBitmap', (args, context) => {
    if (book.anyText() && bitmaps.has(args[0] as object)) book.carryText(b.apply(rendererCanvas, context, []) as object);
  });
}
