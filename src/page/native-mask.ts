/**
 * Makes wrapped functions indistinguishable from the natives they replace when a page inspects
 * them: `toString` answers with the original's source text, and `name`/`length` are copied.
 */
import type { Builtins } from './builtins';

export interface NativeMask {
  /** Records that `wrapper` must present itself as `original`. */
  disguise<T extends (...args: never[]) => unknown>(wrapper: T, original: (...args: never[]) => unknown): T;
}

export function installNativeMask(win: Window & typeof globalThis, b: Builtins): NativeMask {
  const originals = new b.WeakMap<object, object>();
  const fnProto = win.Function.prototype;
  const nativeToString = b.fnToString;
  const maskedToString = {
    toString(this: unknown) {
      const target = typeof this === 'function' ? originals.get(this) ?? this : this;
      return b.apply(nativeToString, target, []);
    },
  }.toString;
  originals.set(maskedToString, nativeToString);
  copyShape(b, maskedToString, nativeToString);
  b.defineProperty(fnProto, 'toString', { ...b.getOwnPropertyDescriptor(fnProto, 'toString'), value: maskedToString });
  return {
    disguise(wrapper, original) {
      originals.set(wrapper, original);
      copyShape(b, wrapper, original);
      return wrapper;
    },
  };
}

function copyShape(b: Builtins, wrapper: object, original: object): void {
  for (const key of ['name', 'length'] as const) {
    const descriptor = b.getOwnPropertyDescriptor(original, key);
    if (descriptor) b.defineProperty(wrapper, key, descriptor);
  }
}
