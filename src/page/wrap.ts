/** Replaces a prototype method with a reporting wrapper that still behaves and looks native. */
import type { Builtins } from './builtins';
import type { NativeMask } from './native-mask';

type Method = (...args: unknown[]) => unknown;

export function wrapMethod(
  b: Builtins,
  mask: NativeMask,
  proto: object | undefined,
  key: string,
  before: (args: unknown[]) => void,
): void {
  if (!proto) return;
  const descriptor = b.getOwnPropertyDescriptor(proto, key);
  const original = descriptor?.value;
  if (!descriptor || typeof original !== 'function') return;
  // Method shorthand gives a non-constructible function without `prototype`, as native methods are.
  const wrapper = {
    [key](this: unknown, ...args: unknown[]): unknown {
      try {
        before(args);
      } catch {
        // A hostile argument (throwing getter) must not stop the page's own call.
      }
      return b.apply(original as Method, this, args);
    },
  }[key] as Method;
  b.defineProperty(proto, key, { ...descriptor, value: mask.disguise(wrapper, original as Method) });
}

export function wrapGetter(
  b: Builtins,
  mask: NativeMask,
  proto: object | undefined,
  key: string,
  after: (value: unknown) => void,
): void {
  if (!proto) return;
  const descriptor = b.getOwnPropertyDescriptor(proto, key);
  const getter = descriptor?.get;
  if (!descriptor || !getter) return;
  const wrapper = {
    get [key](): unknown {
      const value = b.apply(getter, this, []);
      try {
        after(value);
      } catch {
        // Reporting must never change what the page sees.
      }
      return value;
    },
  };
  const wrappedGetter = b.getOwnPropertyDescriptor(wrapper, key)?.get;
  if (!wrappedGetter) return;
  b.defineProperty(proto, key, { ...descriptor, get: mask.disguise(wrappedGetter, getter) });
}
