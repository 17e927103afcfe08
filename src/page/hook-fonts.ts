/**
 * Font probing: measuring one text in many font families to learn which fonts are installed.
 *
 * Canvas: Englehardt & Narayanan (CCS 2016, Section 6.2, "Canvas Font Fingerprinting") flag a script
 * that sets the context's `font` to at least 50 distinct, valid values and calls measureText at least
 * 50 times on the same text — on a canvas's or an OffscreenCanvas's 2D context. We apply that to the page as a whole (the page world cannot tell scripts
 * apart): distinct valid fonts are read back through the `font` getter, which ignores invalid values.
 * DOM: the same 50 applied to elements measured (offsetWidth, offsetHeight, getBoundingClientRect)
 * while their inline style names a font family — the form span-based probes take. A page measuring
 * a handful of fonts, or a font picker that sets families without measuring, stays below it.
 * Each path reports once; after that its wrappers do nothing beyond a flag test.
 */
import type { HookContext } from './context';
import type { NativeMask } from './native-mask';
import { fixedReporter } from './report';
import { wrapGetter, wrapMethod, wrapMethodThen, wrapSetter } from './wrap';
import { protoOf } from './proto';

type PageWindow = Window & typeof globalThis;

export const MIN_PROBED_FONTS = 50;
export const MIN_MEASUREMENTS_OF_ONE_TEXT = 50;
/** Texts tracked for measureText counts: a text-layout library measuring every word fills this, not memory. */
const TRACKED_TEXTS = 200;

/** Counts distinct strings up to a limit, in a page-proof map. */
function distinctCounter(ctx: HookContext, limit: number): (value: string) => number {
  const seen = new ctx.b.Map<string, true>();
  let size = 0;
  return (value) => {
    if (size < limit && !seen.has(value)) {
      seen.set(value, true);
      size += 1;
    }
    return size;
  };
}

export function hookFonts(win: PageWindow, ctx: HookContext, mask: NativeMask): void {
  const { b } = ctx;
  const canvasFonts = distinctCounter(ctx, MIN_PROBED_FONTS);
  const measured = new b.Map<string, number>();
  let trackedTexts = 0;
  let canvasFontsSeen = 0;
  let mostMeasurements = 0;
  let canvasDone = false;
  const canvasReport = fixedReporter(ctx, 'fp|fonts|canvas', { type: 'fingerprint', technique: 'fonts',
    evidence: `measureText of one text in ≥${MIN_PROBED_FONTS} fonts` });
  const checkCanvas = (): void => {
    if (canvasFontsSeen < MIN_PROBED_FONTS || mostMeasurements < MIN_MEASUREMENTS_OF_ONE_TEXT) return;
    canvasDone = true;
    canvasReport();
  };
  const measure = (args: unknown[]): void => {
    const text = args[0];
    if (canvasDone || typeof text !== 'string') return;
    const times = (measured.get(text) ?? 0) + 1;
    if (times === 1 && trackedTexts >= TRACKED_TEXTS) return;
    if (times === 1) trackedTexts += 1;
    measured.set(text, times);
    if (times > mostMeasurements) mostMeasurements = times;
    checkCanvas();
  };
  // A page may probe through an OffscreenCanvas's context as well: both count towards one page total.
  const contexts = ['CanvasRenderingContext2D', 'OffscreenCanvasRenderingContext2D'];
  for (let i = 0; i < contexts.length; i += 1) {
    const context2d = protoOf(win, contexts[i] ?? '');
    const fontGetter = b.getOwnPropertyDescriptor(context2d ?? {}, 'font')?.get;
    if (!fontGetter) continue;
    wrapSetter(b, mask, context2d, 'font', (_value, context) => {
      if (canvasDone) return;
      const font: unknown = b.apply(fontGetter, context, []);
      if (typeof font === 'string') canvasFontsSeen = canvasFonts(font);
      checkCanvas();
    }, true);
    wrapMethod(b, mask, context2d, 'measureText', measure);
  }

  const styleOf = b.getOwnPropertyDescriptor(protoOf(win, 'HTMLElement') ?? {}, 'style')?.get;
  const propertyValue = b.getOwnPropertyDescriptor(protoOf(win, 'CSSStyleDeclaration') ?? {}, 'getPropertyValue')?.value;
  if (!styleOf || typeof propertyValue !== 'function') return;
  const domFonts = distinctCounter(ctx, MIN_PROBED_FONTS);
  let domDone = false;
  const domReport = fixedReporter(ctx, 'fp|fonts|dom', { type: 'fingerprint', technique: 'fonts',
    evidence: `size of elements styled in ≥${MIN_PROBED_FONTS} font families` });
  const measuredElement = (element: unknown): void => {
    if (domDone) return;
    const family: unknown = b.apply(propertyValue, b.apply(styleOf, element, []), ['font-family']);
    if (typeof family !== 'string' || family === '' || domFonts(family) < MIN_PROBED_FONTS) return;
    domDone = true;
    domReport();
  };
  wrapGetter(b, mask, protoOf(win, 'HTMLElement'), 'offsetWidth', (_value, element) => measuredElement(element));
  wrapGetter(b, mask, protoOf(win, 'HTMLElement'), 'offsetHeight', (_value, element) => measuredElement(element));
  wrapMethodThen(b, mask, protoOf(win, 'Element'), 'getBoundingClientRect', measuredElement);
}
