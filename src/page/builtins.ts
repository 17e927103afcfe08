/**
 * Built-ins the page-world hooks rely on, captured before any page script runs, so a page that
 * later replaces JSON.stringify, CustomEvent or dispatchEvent cannot intercept or forge reports.
 */
import { hardenedMap, hardenedWeakMap } from './safe-collections';

export interface Builtins {
  apply: typeof Reflect.apply;
  defineProperty: typeof Object.defineProperty;
  getOwnPropertyDescriptor: typeof Object.getOwnPropertyDescriptor;
  getPrototypeOf: typeof Object.getPrototypeOf;
  setPrototypeOf: typeof Object.setPrototypeOf;
  create: typeof Object.create;
  assign: typeof Object.assign;
  /** String.prototype.slice / indexOf, callable on strings without consulting the page's prototype. */
  slice: (text: string, start: number, end?: number) => string;
  indexOf: (text: string, search: string) => number;
  isArray: typeof Array.isArray;
  stringify: typeof JSON.stringify;
  fnToString: typeof Function.prototype.toString;
  dispatchEvent: typeof EventTarget.prototype.dispatchEvent;
  addEventListener: typeof EventTarget.prototype.addEventListener;
  removeEventListener: typeof EventTarget.prototype.removeEventListener;
  CustomEvent: typeof CustomEvent;
  WeakMap: WeakMapConstructor;
  Map: MapConstructor;
  getRandomValues: (array: Uint32Array) => Uint32Array;
  setTimeout: typeof setTimeout;
  document: Document;
  userActivationActive: () => boolean;
}

export function captureBuiltins(win: Window & typeof globalThis): Builtins {
  const cryptoObj = win.crypto;
  const getRandom = cryptoObj.getRandomValues;
  const activation = win.navigator.userActivation;
  const isActiveGetter = activation
    ? Object.getOwnPropertyDescriptor(Object.getPrototypeOf(activation), 'isActive')?.get
    : undefined;
  const apply = Reflect.apply;
  const { slice, indexOf } = win.String.prototype;
  const setTimeoutFn = win.setTimeout;
  return {
    apply,
    defineProperty: Object.defineProperty,
    getOwnPropertyDescriptor: Object.getOwnPropertyDescriptor,
    getPrototypeOf: Object.getPrototypeOf,
    setPrototypeOf: Object.setPrototypeOf,
    create: Object.create,
    assign: Object.assign,
    slice: (text, start, end) => apply(slice, text, [start, end]),
    indexOf: (text, search) => apply(indexOf, text, [search]),
    isArray: Array.isArray,
    stringify: JSON.stringify,
    fnToString: win.Function.prototype.toString,
    dispatchEvent: win.EventTarget.prototype.dispatchEvent,
    addEventListener: win.EventTarget.prototype.addEventListener,
    removeEventListener: win.EventTarget.prototype.removeEventListener,
    CustomEvent: win.CustomEvent,
    WeakMap: hardenedWeakMap(apply),
    Map: hardenedMap(apply),
    getRandomValues: (array) => apply(getRandom, cryptoObj, [array]),
    setTimeout: ((handler: () => void, ms: number) => apply(setTimeoutFn, win, [handler, ms])) as typeof setTimeout,
    document: win.document,
    userActivationActive: () => (isActiveGetter && activation ? Boolean(apply(isActiveGetter, activation, [])) : false),
  };
}
