/**
 * Makes wrapped functions indistinguishable from the natives they replace when a page inspects
 * them: `toString` answers with the original's source text, `name`/`length` are copied, and the
 * wrapper's prototype is the original's, so a wrapper installed into a child frame belongs to the
 * child's realm as far as the page can tell.
 *
 * Every frame runs its own copy of this script, so a page can hold a wrapper from one frame and ask
 * another frame's `toString` about it. All copies are built from the same bundle, so their wrappers
 * share source texts: a function whose native text is one of ours is answered for by name.
 */
import type { Builtins } from './builtins';
import { redefine } from './redefine';

type AnyFunction = (...args: never[]) => unknown;

const PROBE_AS_NATIVE = 'function toString() { [native code] }';

export interface NativeMask {
  /** Records that `wrapper` must present itself as `original`. */
  disguise<T extends AnyFunction>(wrapper: T, original: AnyFunction): T;
  /** Puts a masking `toString` into a window's Function.prototype. */
  cover(win: Window & typeof globalThis): void;
  /**
   * Whether a window's `toString` is already a mask, put there by this or another copy of the hooks.
   * Asked with a probe rather than by reading the mask's text, since in a window another copy covers,
   * even this copy's captured `toString` is that copy's mask.
   */
  isCovered(win: Window & typeof globalThis): boolean;
  /** Whether the mask covering a window is this copy's own, i.e. these hooks are installed there. */
  isOurs(win: Window & typeof globalThis): boolean;
}

function redefineFrom(b: Builtins, wrapper: object, original: object, key: string): void {
  const descriptor = b.getOwnPropertyDescriptor(original, key);
  if (descriptor) b.defineProperty(wrapper, key, b.assign(b.create(null) as PropertyDescriptor, descriptor));
}

export function createNativeMask(b: Builtins): NativeMask {
  const originals = new b.WeakMap<object, AnyFunction>();
  const ourTexts = new b.Map<string, true>();
  const ownMasks = new b.WeakMap<object, true>();
  const copyShape = (wrapper: AnyFunction, original: AnyFunction): void => {
    redefineFrom(b, wrapper, original, 'name');
    redefineFrom(b, wrapper, original, 'length');
    b.setPrototypeOf(wrapper, b.getPrototypeOf(original));
  };
  const disguise = <T extends AnyFunction>(wrapper: T, original: AnyFunction): T => {
    originals.set(wrapper, original);
    ourTexts.set(b.apply(b.fnToString, wrapper, []), true);
    copyShape(wrapper, original);
    return wrapper;
  };
  const makeMasked = (realmNative: AnyFunction): AnyFunction => ({
    toString(this: unknown): string {
      if (typeof this !== 'function') return b.apply(realmNative, this, []);
      // Down to the function this copy did not make: a native, or another copy's wrapper when these
      // hooks were laid over a child window that copy covers.
      let fn: object = this;
      let original = originals.get(fn);
      while (original) {
        fn = original;
        original = originals.get(fn);
      }
      const text: string = b.apply(realmNative, fn, []);
      if (!ourTexts.has(text)) return text;
      const name = b.getOwnPropertyDescriptor(fn, 'name')?.value;
      return `function ${typeof name === 'string' ? name : ''}() { [native code] }`;
    },
  }).toString;
  // A function of ours that is not a disguised wrapper: a native toString prints its source text,
  // while a mask (this copy's or another's) answers for it as a native `toString`.
  const probe = makeMasked(b.fnToString);
  ourTexts.set(b.apply(b.fnToString, probe, []), true);
  return {
    disguise,
    cover(win) {
      const fnProto = win.Function.prototype;
      const realmNative = b.getOwnPropertyDescriptor(fnProto, 'toString')?.value as AnyFunction | undefined;
      if (typeof realmNative !== 'function') return;
      const masked = makeMasked(realmNative);
      ownMasks.set(masked, true);
      redefine(b, fnProto, 'toString', { value: disguise(masked, realmNative) });
    },
    isOurs(win) {
      const current: unknown = b.getOwnPropertyDescriptor(win.Function.prototype, 'toString')?.value;
      return typeof current === 'function' && ownMasks.has(current);
    },
    isCovered(win) {
      const current: unknown = b.getOwnPropertyDescriptor(win.Function.prototype, 'toString')?.value;
      if (typeof current !== 'function') return false;
      try {
        return b.apply(current as AnyFunction, probe, []) === PROBE_AS_NATIVE;
      } catch {
        return false;
      }
    },
  };
}
