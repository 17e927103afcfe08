/**
 * The PDF reader the background uses, chosen at build time so each build carries only its own path.
 * Chromium's service worker hands PDFs to an offscreen document. Firefox has no offscreen documents
 * but its background is an event page, which may run pdf.js itself; WXT builds that page as one
 * classic script, so the on-demand import is inlined there and pdf.js still loads with it.
 */
import { browser } from 'wxt/browser';
import type { PdfReader } from '../extract/document-text';
import { pdfOnDemand } from '../extract/pdf-on-demand';
import { chromeOffscreenHost, type ChromeOffscreenApis } from './chrome-offscreen';
import { createOffscreenPdfReader } from './offscreen-reader';

export function backgroundPdfReader(): PdfReader {
  if (import.meta.env.FIREFOX) return pdfOnDemand;
  const chrome = (globalThis as unknown as { chrome: ChromeOffscreenApis }).chrome;
  return createOffscreenPdfReader({ host: chromeOffscreenHost(chrome), send: (request) => browser.runtime.sendMessage(request) });
}
