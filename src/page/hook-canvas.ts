/**
 * Canvas fingerprinting: an image read back from a canvas that text was drawn on.
 *
 * Criteria from Englehardt & Narayanan, "Online Tracking: A 1-million-site Measurement and Analysis"
 * (CCS 2016), Section 6.1, which refine Acar et al., "The Web Never Forgets" (CCS 2014):
 *  1. the canvas is at least 16×16 px;
 *  2. text is drawn in at least two colours or with at least 10 distinct characters;
 *  3. the script does not call save or restore on the rendering context (we do not track their third
 *     exclusion, addEventListener, since hooking it would tax every listener on the page);
 *  4. the image is extracted with toDataURL (here also toBlob) or a getImageData of at least 16×16 px.
 * A chart that draws labels but never reads back fails 4; an image editor reading back pixels
 * without drawing text fails 2. Each canvas has its own state, held in a WeakMap.
 * Hooks read arguments by index and loop by index: destructuring and for-of go through the iterator
 * protocol, which a page can redefine (here and in every hook-*.ts).
 * Not seen: OffscreenCanvas and canvases in workers, which run no page-world hooks.
 */
import type { HookContext } from './context';
import type { NativeMask } from './native-mask';
import { fixedReporter } from './report';
import { wrapMethod } from './wrap';

type PageWindow = Window & typeof globalThis;
type Getter = () => unknown;

export const MIN_CANVAS_SIDE = 16;
export const MIN_DISTINCT_CHARACTERS = 10;

/** Only the first characters of each string are examined, so a huge string costs no more than a short one. */
const CHARACTERS_EXAMINED = 100;

interface CanvasState {
  characters: Map<string, true>;
  distinct: number;
  colour: unknown;
  colours: number;
  text: boolean;
  excluded: boolean;
}

export function hookCanvas(win: PageWindow, ctx: HookContext, mask: NativeMask): void {
  const { b } = ctx;
  const protoOf = (name: string): object | undefined =>
    (win as unknown as Record<string, { prototype?: object } | undefined>)[name]?.prototype;
  const context2d = protoOf('CanvasRenderingContext2D');
  const canvasProto = protoOf('HTMLCanvasElement');
  const getter = (proto: object | undefined, key: string): Getter | undefined =>
    proto ? b.getOwnPropertyDescriptor(proto, key)?.get : undefined;
  const canvasOf = getter(context2d, 'canvas');
  const fillStyle = getter(context2d, 'fillStyle');
  const strokeStyle = getter(context2d, 'strokeStyle');
  const width = getter(canvasProto, 'width');
  const height = getter(canvasProto, 'height');
  if (!canvasOf || !fillStyle || !strokeStyle || !width || !height) return;
  const states = new b.WeakMap<object, CanvasState>();
  const stateOf = (context: unknown): CanvasState => {
    const canvas = b.apply(canvasOf, context, []) as object;
    let state = states.get(canvas);
    if (!state) {
      state = { characters: new b.Map(), distinct: 0, colour: undefined, colours: 0, text: false, excluded: false };
      states.set(canvas, state);
    }
    return state;
  };
  const drewText = (style: Getter) => (args: unknown[], context: unknown): void => {
    const state = stateOf(context);
    const text = args[0];
    if (state.text || typeof text !== 'string') return;
    const colour = b.apply(style, context, []);
    if (state.colours === 0 || colour !== state.colour) {
      state.colour = colour;
      state.colours += 1;
    }
    const end = text.length < CHARACTERS_EXAMINED ? text.length : CHARACTERS_EXAMINED;
    for (let i = 0; i < end && state.distinct < MIN_DISTINCT_CHARACTERS; i += 1) {
      const character = text[i] ?? '';
      if (state.characters.has(character)) continue;
      state.characters.set(character, true);
      state.distinct += 1;
    }
    state.text = state.colours >= 2 || state.distinct >= MIN_DISTINCT_CHARACTERS;
  };
  wrapMethod(b, mask, context2d, 'fillText', drewText(fillStyle));
  wrapMethod(b, mask, context2d, 'strokeText', drewText(strokeStyle));
  const exclude = (_args: unknown[], context: unknown): void => {
    stateOf(context).excluded = true;
  };
  wrapMethod(b, mask, context2d, 'save', exclude);
  wrapMethod(b, mask, context2d, 'restore', exclude);
  const fingerprinted = (canvas: object): boolean => {
    const state = states.get(canvas);
    return state !== undefined && state.text && !state.excluded
      && (b.apply(width, canvas, []) as number) >= MIN_CANVAS_SIDE && (b.apply(height, canvas, []) as number) >= MIN_CANVAS_SIDE;
  };
  const readBacks = ['toDataURL', 'toBlob'];
  for (let i = 0; i < readBacks.length; i += 1) {
    const method = readBacks[i] ?? '';
    const reported = fixedReporter(ctx, `fp|canvas|${method}`, { type: 'fingerprint', technique: 'canvas',
      evidence: `${method} of a canvas with text drawn on it` });
    wrapMethod(b, mask, canvasProto, method, (_args, canvas) => {
      if (typeof canvas === 'object' && canvas !== null && fingerprinted(canvas)) reported();
    });
  }
  const readPixels = fixedReporter(ctx, 'fp|canvas|getImageData', { type: 'fingerprint', technique: 'canvas',
    evidence: 'getImageData of a canvas with text drawn on it' });
  wrapMethod(b, mask, context2d, 'getImageData', (args, context) => {
    const w = args[2];
    const h = args[3];
    if (typeof w !== 'number' || typeof h !== 'number' || (w < MIN_CANVAS_SIDE && -w < MIN_CANVAS_SIDE)
      || (h < MIN_CANVAS_SIDE && -h < MIN_CANVAS_SIDE)) return;
    if (fingerprinted(b.apply(canvasOf, context, []) as object)) readPixels();
  });
}
