import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { afterLoad } from '../src/relay/after-load';
import { createForwarder, type Send } from '../src/relay/forwarder';
import { listenToPage } from '../src/relay/page-receiver';
import { sendWithRetry } from '../src/relay/retry';

// Isolated world, before any page script: forwards the page hooks' reports. Kept small because it
// runs in every frame while the page loads; once the page has loaded it asks the worker for the
// field scanner (entrypoints/field-scanner.ts).
export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  noScriptStartedPostMessage: true,
  main() {
    const send: Send = (message) => browser.runtime.sendMessage(message);
    listenToPage(document, createForwarder(send).page);
    afterLoad(document, () => sendWithRetry(() => send({ type: 'want-field-scanner' })));
  },
});
