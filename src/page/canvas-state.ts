/**
 * What the canvas hooks remember of each canvas (an HTMLCanvasElement or an OffscreenCanvas): whether
 * text was drawn on it the way fingerprinting scripts draw it, and whether save/restore excluded it.
 * See hook-canvas.ts for the criteria. States live in a WeakMap keyed by the canvas.
 */
import type { Builtins } from './builtins';

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

export interface CanvasBook {
  /** Text drawn on `canvas` in `colour`. */
  drewText(canvas: object, text: string, colour: unknown): void;
  /** `canvas` now holds pixels of a canvas that had text (drawImage, an ImageBitmap). */
  carryText(canvas: object): void;
  /** save or restore was called on the canvas's context: not a fingerprinting script (criterion 3). */
  exclude(canvas: object): void;
  /** Whether the canvas holds fingerprinting text and was not excluded. */
  hasText(canvas: unknown): boolean;
  /** Whether any canvas ever held such text: lets hot wrappers (drawImage) return at once. */
  anyText(): boolean;
}

export function createCanvasBook(b: Builtins): CanvasBook {
  const states = new b.WeakMap<object, CanvasState>();
  let any = false;
  const stateOf = (canvas: object): CanvasState => {
    let state = states.get(canvas);
    if (!state) {
      state = { characters: new b.Map(), distinct: 0, colour: undefined, colours: 0, text: false, excluded: false };
      states.set(canvas, state);
    }
    return state;
  };
  const sawText = (state: CanvasState): void => {
    state.text = true;
    any = true;
  };
  return {
    drewText(canvas, text, colour) {
      const state = stateOf(canvas);
      if (state.text) return;
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
      if (state.colours >= 2 || state.distinct >= MIN_DISTINCT_CHARACTERS) sawText(state);
    },
    carryText(canvas) {
      sawText(stateOf(canvas));
    },
    exclude(canvas) {
      stateOf(canvas).excluded = true;
    },
    hasText(canvas) {
      if (!any || typeof canvas !== 'object' || canvas === null) return false;
      const state = states.get(canvas);
      return state !== undefined && state.text && !state.excluded;
    },
    anyText: () => any,
  };
}
