/**
 * Replaces prototype members with reporting wrappers that still behave and look native: the page
 * gets exactly the native return value or exception, and a reporting step that throws (a hostile
 * argument's getter, say) is swallowed rather than breaking the page's call.
 */
import type { Builtins } from './builtins';
import type { NativeMask } from './native-mask';
import { redefine } from './redefine';

type Method = (...args: unknown[]) => unknown;

function nativeMethod(b: Builtins, proto: object | undefined, key: string): Method | null {
  const value: unknown = proto ? b.getOwnPropertyDescriptor(proto, key)?.value : undefined;
  return typeof value === 'function' ? (value as Method) : null;
}

/** Runs `before(args, self)` and then the native method. */
export function wrapMethod(b: Builtins, mask: NativeMask, proto: object | undefined, key: string,
  before: (args: unknown[], self: unknown) => void): void {
  const original = nativeMethod(b, proto, key);
  if (!proto || !original) return;
  // Method shorthand gives a non-constructible function without `prototype`, as native methods are.
  const wrapper = {
    [key](this: unknown, ...args: unknown[]): unknown {
      try {
        before(args, this);
      } catch {
        // Reporting must never change what the page sees.
      }
      return b.apply(original, this, args);
    },
  }[key] as Method;
  redefine(b, proto, key, { value: mask.disguise(wrapper, original) });
}

/** Runs the native method, then `after(self, args, result)` if it returned normally. */
export function wrapMethodThen(b: Builtins, mask: NativeMask, proto: object | undefined, key: string,
  after: (self: unknown, args: unknown[], result: unknown) => void): void {
  const original = nativeMethod(b, proto, key);
  if (!proto || !original) return;
  const wrapper = {
    [key](this: unknown, ...args: unknown[]): unknown {
      const result = b.apply(original, this, args);
      try {
        after(this, args, result);
      } catch {
        // Reporting must never change what the page sees.
      }
      return result;
    },
  }[key] as Method;
  redefine(b, proto, key, { value: mask.disguise(wrapper, original) });
}

/** Runs the native getter, then `after(value, self)`. */
export function wrapGetter(b: Builtins, mask: NativeMask, proto: object | undefined, key: string,
  after: (value: unknown, self: unknown) => void): void {
  const getter = proto ? b.getOwnPropertyDescriptor(proto, key)?.get : undefined;
  if (!proto || !getter) return;
  const wrapper = {
    get [key](): unknown {
      const value = b.apply(getter, this, []);
      try {
        after(value, this);
      } catch {
        // Reporting must never change what the page sees.
      }
      return value;
    },
  };
  const wrapped = b.getOwnPropertyDescriptor(wrapper, key)?.get;
  if (wrapped) redefine(b, proto, key, { get: mask.disguise(wrapped, getter) });
}

/**
 * Runs the native setter with `report(value, self)` before it, or after it when `then` is set (an
 * after-step runs only if the setter returned normally).
 */
export function wrapSetter(b: Builtins, mask: NativeMask, proto: object | undefined, key: string,
  report: (value: unknown, self: unknown) => void, then = false): void {
  const setter = proto ? b.getOwnPropertyDescriptor(proto, key)?.set : undefined;
  if (!proto || !setter) return;
  const guarded = (value: unknown, self: unknown): void => {
    try {
      report(value, self);
    } catch {
      // Reporting must never change what the page sees.
    }
  };
  const wrapper = {
    set [key](value: unknown) {
      if (!then) guarded(value, this);
      b.apply(setter, this, [value]);
      if (then) guarded(value, this);
    },
  };
  const wrapped = b.getOwnPropertyDescriptor(wrapper, key)?.set;
  if (wrapped) redefine(b, proto, key, { set: mask.disguise(wrapped, setter) });
}
