// @vitest-environment happy-dom
import { createContext, runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createNativeMask } from '../../../src/page/native-mask';
import { wrapMethod } from '../../../src/page/wrap';
import { hookHarness } from './hook-context';

type Realm = Window & typeof globalThis;

/** A separate JavaScript realm, standing in for a frame. */
function realm(): Realm {
  return runInContext('globalThis', createContext({})) as Realm;
}

/** Evaluates code in a realm, through that realm's own global eval. */
function run<T = unknown>(win: Realm, code: string): T {
  return win.eval(code) as T;
}

function inspect(win: Realm, fn: unknown) {
  return run<(fn: unknown) => Record<string, unknown>>(win, `(fn) => ({ text: Function.prototype.toString.call(fn), toStringText: Function.prototype.toString.toString(),
    name: fn.name, length: fn.length, own: Reflect.ownKeys(fn).map(String), realm: Object.getPrototypeOf(fn) === Function.prototype })`)(fn);
}

describe('native mask', () => {
  it('makes a wrapped method in another realm look like the untouched native of a fresh realm', () => {
    const { ctx, mask } = hookHarness();
    const frame = realm();
    const fresh = realm();
    const native = inspect(fresh, run(fresh, 'String.prototype.padStart'));
    mask.cover(frame);
    wrapMethod(ctx.b, mask, run(frame, 'String.prototype') as object, 'padStart', () => undefined);
    const wrapped = run(frame, 'String.prototype.padStart');
    expect(run(realm(), 'String.prototype.padStart')).not.toBe(wrapped);
    expect(inspect(frame, wrapped)).toEqual(native);
  });

  it('answers for wrappers made by another copy of the hooks, as another frame would ask', () => {
    const first = hookHarness();
    const second = hookHarness();
    const [frameA, frameB] = [realm(), realm()];
    first.mask.cover(frameA);
    second.mask.cover(frameB);
    // Every copy installs the same hooks, and so learns the same wrapper texts.
    wrapMethod(second.ctx.b, second.mask, run(frameB, 'Math') as object, 'min', () => undefined);
    wrapMethod(first.ctx.b, first.mask, run(frameA, 'Math') as object, 'max', () => undefined);
    const wrapped = run(frameA, 'Math.max');
    expect(run<(this: unknown) => string>(frameB, 'Function.prototype.toString').call(wrapped))
      .toBe('function max() { [native code] }');
    expect(second.mask.isCovered(frameA)).toBe(true);
    expect(second.mask.isCovered(realm())).toBe(false);
    // A copy started in a window another copy covered captures that copy's mask as its toString.
    const late = createNativeMask({ ...first.ctx.b, fnToString: run(frameA, 'Function.prototype.toString') });
    expect(late.isCovered(frameA)).toBe(true);
  });

  it('answers for a wrapper laid over another copy\'s wrapper, as a parent laying its hooks over a child would', () => {
    const child = hookHarness();
    const parent = hookHarness();
    const [frame, other] = [realm(), realm()];
    child.mask.cover(frame);
    wrapMethod(child.ctx.b, child.mask, run(frame, 'Math') as object, 'min', () => undefined);
    parent.mask.cover(frame);
    parent.mask.cover(other);
    wrapMethod(parent.ctx.b, parent.mask, run(frame, 'Math') as object, 'min', () => undefined);
    const layered = run(frame, 'Math.min');
    for (const asker of [frame, other]) {
      expect(run<(this: unknown) => string>(asker, 'Function.prototype.toString').call(layered)).toBe('function min() { [native code] }');
    }
    expect(parent.mask.isOurs(frame)).toBe(true);
    expect(child.mask.isOurs(frame)).toBe(false);
    expect(run(frame, 'Math.min(3, 1, 2)')).toBe(1);
  });

  it('returns exactly what the native returns and throws exactly what it throws, whatever the hook does', () => {
    const { ctx, mask } = hookHarness();
    const frame = realm();
    const proto = run(frame, 'Array.prototype') as object;
    wrapMethod(ctx.b, mask, proto, 'at', () => { throw new Error('hook failed'); });
    expect(run(frame, '[1, 2, 3].at(-1)')).toBe(3);
    const thrown = run(frame, 'try { Array.prototype.at.call(null, 0) } catch (e) { e }');
    expect(thrown).toBeInstanceOf(run(frame, 'TypeError') as typeof TypeError);
  });
});
