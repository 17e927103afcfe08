/**
 * Lists a frame's visible fields and buttons by running scan-entry.ts in it. The extension's own
 * field-feature extraction is bundled (esbuild, which tsx already brings) and evaluated as one
 * expression, so the page gets no global and classification in Node sees exactly what the
 * extension sees.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { ElementHandle, Frame, JSHandle } from '@playwright/test';
import type { FieldFeatures } from '../../../observe/fields';
import type { ButtonInfo } from '../interact/buttons';
import type * as ScanModule from './scan-entry';

export interface FieldOnPage { handle: ElementHandle; features: FieldFeatures; empty: boolean; required: boolean }
export interface ButtonOnPage { handle: ElementHandle; info: ButtonInfo }

let bundled: Promise<string> | undefined;

function scanExpression(): Promise<string> {
  bundled ??= build({
    entryPoints: [fileURLToPath(new URL('./scan-entry.ts', import.meta.url))],
    bundle: true, write: false, format: 'iife', globalName: 'auditorScan', platform: 'browser',
    target: 'chrome110', logLevel: 'silent',
  }).then((result) => {
    const code = result.outputFiles[0]?.text;
    if (!code) throw new Error('bundling the page scanner produced nothing');
    // Inside the arrow function the bundle's `var auditorScan` is local, not a page global.
    return `(() => {\n${code}\nreturn auditorScan;\n})()`;
  });
  return bundled;
}

/** Splits a handle to an array of `{ el, ...data }` into element handles and plain data. */
async function unpack<T extends { el: Element }>(list: JSHandle<T[]>): Promise<Array<{ handle: ElementHandle; data: Omit<T, 'el'> }>> {
  const data = await list.evaluate((items) => items.map(({ el: _el, ...rest }) => rest));
  const out: Array<{ handle: ElementHandle; data: Omit<T, 'el'> }> = [];
  for (const [index, item] of data.entries()) {
    const handle = (await list.evaluateHandle((items, i) => items[i]?.el ?? null, index)).asElement();
    if (handle) out.push({ handle, data: item });
  }
  await list.dispose();
  return out;
}

async function scanModule(frame: Frame): Promise<JSHandle<typeof ScanModule>> {
  return frame.evaluateHandle<typeof ScanModule>(await scanExpression());
}

export async function scanFields(frame: Frame): Promise<FieldOnPage[]> {
  const scan = await scanModule(frame);
  const found = await unpack(await scan.evaluateHandle((m) => m.scanFields()));
  await scan.dispose();
  return found.map(({ handle, data }) => ({ handle, ...data }));
}

export async function scanButtons(frame: Frame): Promise<ButtonOnPage[]> {
  const scan = await scanModule(frame);
  const found = await unpack(await scan.evaluateHandle((m) => m.scanButtons()));
  await scan.dispose();
  return found.map(({ handle, data }) => ({ handle, info: data }));
}
