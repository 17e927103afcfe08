// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { hookAudio } from '../../../src/page/hook-audio';
import { hookCanvas } from '../../../src/page/hook-canvas';
import { hookFonts } from '../../../src/page/hook-fonts';
import { hookWebgl, UNMASKED_RENDERER_WEBGL } from '../../../src/page/hook-webgl';
import { fakeWindow, hookHarness } from './hook-context';

// Stand-ins with the shape of the browser's interfaces (accessors and methods on prototypes).
class FakeCanvas {
  constructor(public w: number, public h: number) {}
  get width() { return this.w; }
  get height() { return this.h; }
  toDataURL() { return 'data:image/png;base64,'; }
  toBlob() { return undefined; }
}
class FakeContext2d {
  style: unknown = '#000';
  currentFont = '10px sans-serif';
  constructor(public owner: FakeCanvas) {}
  get canvas() { return this.owner; }
  get fillStyle() { return this.style; }
  set fillStyle(value: unknown) { this.style = value; }
  get strokeStyle() { return this.style; }
  get font() { return this.currentFont; }
  set font(value: string) { if (/px/.test(value)) this.currentFont = value; }
  fillText(_text: string) { return undefined; }
  strokeText(_text: string) { return undefined; }
  save() { return undefined; }
  restore() { return undefined; }
  measureText(text: string) { return { width: text.length }; }
  getImageData(_x: number, _y: number, w: number, h: number) { return { w, h }; }
}

function canvasPage() {
  const harness = hookHarness();
  const win = fakeWindow({ HTMLCanvasElement: FakeCanvas, CanvasRenderingContext2D: FakeContext2d });
  hookCanvas(win, harness.ctx, harness.mask);
  hookFonts(win, harness.ctx, harness.mask);
  const draw = (w = 240, h = 60) => new FakeContext2d(new FakeCanvas(w, h));
  return { ...harness, draw };
}

describe('canvas fingerprinting', () => {
  it('flags text in two colours read back with toDataURL', () => {
    const { draw, sent } = canvasPage();
    const context = draw();
    context.fillStyle = '#f60';
    context.fillText('Cwm');
    context.fillStyle = '#069';
    context.fillText('Cwm');
    context.canvas.toDataURL();
    expect(sent).toEqual([expect.objectContaining({ type: 'fingerprint', technique: 'canvas', count: 1 })]);
  });

  it('flags ten distinct characters read back with a 16×16 getImageData, not a smaller one', () => {
    const { draw, sent } = canvasPage();
    const context = draw();
    context.fillText('0123456789');
    context.getImageData(0, 0, 8, 8);
    expect(sent).toEqual([]);
    context.getImageData(0, 0, 16, 16);
    expect(sent).toHaveLength(1);
  });

  it('ignores charts that never read back, editors that draw no text, tiny canvases and save/restore users', () => {
    const { draw, sent } = canvasPage();
    draw().fillText('Month 1: 1234 тенге');
    draw().canvas.toDataURL();
    const tiny = draw(10, 10);
    tiny.fillText('0123456789');
    tiny.canvas.toDataURL();
    const chart = draw();
    chart.save();
    chart.fillText('0123456789');
    chart.canvas.toDataURL();
    expect(sent).toEqual([]);
  });
});

describe('font probing', () => {
  const fonts = (n: number) => Array.from({ length: n }, (_, i) => `72px font${i}, monospace`);

  it('flags one text measured in 50 valid fonts, not in 3, and not 50 invalid ones', () => {
    const { draw, sent } = canvasPage();
    const context = draw();
    for (const font of fonts(3)) { context.font = font; context.measureText('mmmmlli'); }
    for (let i = 0; i < 60; i += 1) { context.font = `bogus ${i}`; context.measureText('mmmmlli'); }
    expect(sent).toEqual([]);
    for (const font of fonts(60)) { context.font = font; context.measureText('mmmmlli'); }
    expect(sent).toEqual([expect.objectContaining({ technique: 'fonts', evidence: 'measureText of one text in ≥50 fonts' })]);
  });

  it('flags elements measured in 50 inline font families', () => {
    const { ctx, mask, sent } = hookHarness();
    hookFonts(window as unknown as Window & typeof globalThis, ctx, mask);
    const span = document.body.appendChild(document.createElement('span'));
    for (let i = 0; i < 49; i += 1) { span.style.fontFamily = `family${i}`; void span.offsetWidth; }
    expect(sent).toEqual([]);
    span.style.fontFamily = 'family49';
    void span.getBoundingClientRect();
    expect(sent).toEqual([expect.objectContaining({ technique: 'fonts' })]);
  });
});

describe('WebGL and audio fingerprinting', () => {
  class FakeGl {
    getExtension(_name: string) { return {}; }
    getParameter(parameter: number) { return `p${parameter}`; }
  }

  it('flags the unmasked renderer only after the debug extension was enabled', () => {
    const { ctx, mask, sent } = hookHarness();
    hookWebgl(fakeWindow({ WebGLRenderingContext: FakeGl }), ctx, mask);
    const gl = new FakeGl();
    expect(gl.getParameter(UNMASKED_RENDERER_WEBGL)).toBe(`p${UNMASKED_RENDERER_WEBGL}`);
    expect(sent).toEqual([]);
    gl.getExtension('WEBGL_debug_renderer_info');
    gl.getParameter(UNMASKED_RENDERER_WEBGL);
    expect(sent).toEqual([expect.objectContaining({ technique: 'webgl' })]);
  });

  it('flags an offline render of oscillator and compressor, not of an oscillator alone', () => {
    class FakeBase { createOscillator() { return {}; } createDynamicsCompressor() { return {}; } }
    class FakeOffline extends FakeBase { startRendering() { return Promise.resolve(); } }
    const { ctx, mask, sent } = hookHarness();
    hookAudio(fakeWindow({ BaseAudioContext: FakeBase, OfflineAudioContext: FakeOffline }), ctx, mask);
    const tone = new FakeOffline();
    tone.createOscillator();
    void tone.startRendering();
    expect(sent).toEqual([]);
    const probe = new FakeOffline();
    probe.createOscillator();
    probe.createDynamicsCompressor();
    void probe.startRendering();
    expect(sent).toEqual([expect.objectContaining({ technique: 'audio' })]);
  });
});
