/**
 * WebGL fingerprinting: reading the real GPU vendor or renderer. The unmasked strings are only
 * available through the WEBGL_debug_renderer_info extension (Khronos registry, extension #6:
 * UNMASKED_VENDOR_WEBGL = 0x9245, UNMASKED_RENDERER_WEBGL = 0x9246), so a page that enables it and
 * then asks getParameter for either constant is reading a device identifier on purpose; the GPU
 * model is among the attributes Laperdrix et al. ("Beauty and the Beast", IEEE S&P 2016) found to
 * distinguish browsers. Ordinary WebGL apps call getParameter constantly, so the wrapper compares the
 * argument with the two constants before it touches any state.
 */
import type { HookContext } from './context';
import type { NativeMask } from './native-mask';
import { fixedReporter } from './report';
import { wrapMethod } from './wrap';

type PageWindow = Window & typeof globalThis;

export const UNMASKED_VENDOR_WEBGL = 0x9245;
export const UNMASKED_RENDERER_WEBGL = 0x9246;
const DEBUG_EXTENSION = 'WEBGL_debug_renderer_info';

export function hookWebgl(win: PageWindow, ctx: HookContext, mask: NativeMask): void {
  const { b } = ctx;
  const unmasked = new b.WeakMap<object, true>();
  const vendor = fixedReporter(ctx, 'fp|webgl|vendor', { type: 'fingerprint', technique: 'webgl',
    evidence: 'getParameter(UNMASKED_VENDOR_WEBGL) after enabling WEBGL_debug_renderer_info' });
  const renderer = fixedReporter(ctx, 'fp|webgl|renderer', { type: 'fingerprint', technique: 'webgl',
    evidence: 'getParameter(UNMASKED_RENDERER_WEBGL) after enabling WEBGL_debug_renderer_info' });
  const contexts = ['WebGLRenderingContext', 'WebGL2RenderingContext'];
  for (let i = 0; i < contexts.length; i += 1) {
    const proto = (win as unknown as Record<string, { prototype?: object } | undefined>)[contexts[i] ?? '']?.prototype;
    wrapMethod(b, mask, proto, 'getExtension', (args, gl) => {
      if (args[0] === DEBUG_EXTENSION && typeof gl === 'object' && gl !== null) unmasked.set(gl, true);
    });
    wrapMethod(b, mask, proto, 'getParameter', (args, gl) => {
      const parameter = args[0];
      if (parameter !== UNMASKED_VENDOR_WEBGL && parameter !== UNMASKED_RENDERER_WEBGL) return;
      if (typeof gl !== 'object' || gl === null || !unmasked.has(gl)) return;
      if (parameter === UNMASKED_VENDOR_WEBGL) vendor();
      else renderer();
    });
  }
}
