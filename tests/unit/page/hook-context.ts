/** A hook context whose channel collects what the hooks send, with the real limiter and mask. */
import { captureBuiltins } from '../../../src/page/builtins';
import type { HookContext } from '../../../src/page/context';
import { createLimiter } from '../../../src/page/limiter';
import { createNativeMask, type NativeMask } from '../../../src/page/native-mask';

export interface Harness { ctx: HookContext; mask: NativeMask; sent: Array<Record<string, unknown>> }

export function hookHarness(): Harness {
  const b = captureBuiltins(window as unknown as Window & typeof globalThis);
  const sent: Array<Record<string, unknown>> = [];
  const ctx: HookContext = { b, channel: { send: (message) => sent.push(message as Record<string, unknown>) },
    limiter: createLimiter(b) };
  return { ctx, mask: createNativeMask(b), sent };
}

/** A stand-in window exposing only the constructors a hook looks up. */
export function fakeWindow(constructors: Record<string, unknown>): Window & typeof globalThis {
  return constructors as unknown as Window & typeof globalThis;
}
