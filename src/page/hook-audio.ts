/**
 * AudioContext fingerprinting: rendering a synthetic signal and reading it back, which differs with
 * the audio stack of the device. Englehardt & Narayanan (CCS 2016, Section 6.4, "AudioContext
 * Fingerprinting") describe the scripts they found: an OscillatorNode's signal, processed (one used
 * a DynamicsCompressorNode) and rendered in an OfflineAudioContext, or read through an AnalyserNode
 * with getFloatFrequencyData. The paper gives no numeric threshold; these are the structural tests:
 *  - startRendering of an OfflineAudioContext in which an oscillator and a dynamics compressor were
 *    created (an offline render of a synthesised tone alone is what a music app might do);
 *  - getFloatFrequencyData on an analyser whose context created an oscillator.
 * Not seen: nodes made with constructors (`new OscillatorNode(ctx)`) rather than factory methods,
 * since wrapping constructors would change what `new.target` and `instanceof` show the page.
 */
import type { HookContext } from './context';
import type { NativeMask } from './native-mask';
import { fixedReporter } from './report';
import { wrapMethod } from './wrap';
import { protoOf } from './proto';

type PageWindow = Window & typeof globalThis;

interface Graph { oscillator: boolean; compressor: boolean }

export function hookAudio(win: PageWindow, ctx: HookContext, mask: NativeMask): void {
  const { b } = ctx;
  const graphs = new b.WeakMap<object, Graph>();
  const graphOf = (audio: unknown): Graph | undefined =>
    typeof audio === 'object' && audio !== null ? graphs.get(audio) : undefined;
  const mark = (part: keyof Graph) => (_args: unknown[], audio: unknown): void => {
    if (typeof audio !== 'object' || audio === null) return;
    const graph = graphs.get(audio) ?? { oscillator: false, compressor: false };
    graph[part] = true;
    graphs.set(audio, graph);
  };
  const baseContext = protoOf(win, 'BaseAudioContext');
  wrapMethod(b, mask, baseContext, 'createOscillator', mark('oscillator'));
  wrapMethod(b, mask, baseContext, 'createDynamicsCompressor', mark('compressor'));
  const rendered = fixedReporter(ctx, 'fp|audio|render', { type: 'fingerprint', technique: 'audio',
    evidence: 'OfflineAudioContext rendering of an oscillator through a dynamics compressor' });
  wrapMethod(b, mask, protoOf(win, 'OfflineAudioContext'), 'startRendering', (_args, audio) => {
    const graph = graphOf(audio);
    if (graph?.oscillator && graph.compressor) rendered();
  });
  const contextOf = b.getOwnPropertyDescriptor(protoOf(win, 'AudioNode') ?? {}, 'context')?.get;
  const analysed = fixedReporter(ctx, 'fp|audio|analyser', { type: 'fingerprint', technique: 'audio',
    evidence: 'getFloatFrequencyData of an oscillator signal' });
  wrapMethod(b, mask, protoOf(win, 'AnalyserNode'), 'getFloatFrequencyData', (_args, analyser) => {
    if (contextOf && graphOf(b.apply(contextOf, analyser, []))?.oscillator) analysed();
  });
}
