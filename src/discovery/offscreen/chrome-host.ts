/**
 * Chromium's offscreen document (entrypoints/offscreen/). Reason WORKERS, the honest one: the document
 * exists to start dedicated Workers, which a service worker cannot do: pdf.js's
 * (src/discovery/pdf/pdf-in-worker.ts) and the policy parser's (src/discovery/parse/parse-worker.ts).
 * It fetches nothing; the background hands it the bytes and texts.
 */
import type { OffscreenHost } from './session';

/** The parts of `chrome` used here; the extension's types describe the promise-based `browser` only. */
export interface ChromeOffscreenApis {
  offscreen: {
    createDocument(parameters: { url: string; reasons: string[]; justification: string }): Promise<void>;
    closeDocument(): Promise<void>;
  };
  runtime: {
    getURL(path: string): string;
    getContexts(filter: { contextTypes: string[]; documentUrls: string[] }): Promise<unknown[]>;
  };
}

const OFFSCREEN_PATH = '/offscreen.html';

export function chromeOffscreenHost(chrome: ChromeOffscreenApis): OffscreenHost {
  const url = chrome.runtime.getURL(OFFSCREEN_PATH);
  return {
    async open() {
      // A worker stopped in the middle of a read leaves its document open, and only one may exist.
      const existing = await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
      if (existing.length > 0) return;
      await chrome.offscreen.createDocument({ url, reasons: ['WORKERS'],
        justification: 'Reads a lender’s privacy policy: pdf.js and the policy parser run in Workers.' });
    },
    close: () => chrome.offscreen.closeDocument(),
  };
}
