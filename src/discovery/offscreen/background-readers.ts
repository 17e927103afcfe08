/**
 * The PDF reader and the policy parser the background uses, chosen at build time so each build
 * carries only its own path. Chromium's service worker hands both to the offscreen document, sharing
 * it. Firefox has no offscreen documents but its background is an event page, which may run pdf.js
 * and the parser itself; WXT builds that page as one classic script, so the on-demand imports are
 * inlined there.
 */
import { browser } from 'wxt/browser';
import type { PdfReader } from '../extract/document-text';
import { pdfOnDemand } from '../extract/pdf-on-demand';
import { createOffscreenParser } from '../parse/offscreen-parser';
import { parserOnDemand } from '../parse/parser-on-demand';
import { createOffscreenPdfReader } from '../pdf/offscreen-reader';
import type { PolicyParser } from '../policy-parser';
import { chromeOffscreenHost, type ChromeOffscreenApis } from './chrome-host';
import { createOffscreenSession } from './session';

export function backgroundReaders(): { readPdf: PdfReader; parse: PolicyParser } {
  if (import.meta.env.FIREFOX) return { readPdf: pdfOnDemand, parse: parserOnDemand };
  const chrome = (globalThis as unknown as { chrome: ChromeOffscreenApis }).chrome;
  const session = createOffscreenSession(chromeOffscreenHost(chrome));
  const send = (request: object) => browser.runtime.sendMessage(request);
  return { readPdf: createOffscreenPdfReader({ session, send }), parse: createOffscreenParser({ session, send }) };
}
