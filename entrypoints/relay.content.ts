import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createForwarder } from '../src/relay/forwarder';
import { listenToPage } from '../src/relay/page-receiver';

// Isolated world, before any page script: forwards the page hooks' reports. Kept small because it
// runs in every frame while the page loads; the DOM watchers come later (fields.content.ts).
export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  noScriptStartedPostMessage: true,
  main() {
    listenToPage(document, createForwarder((message) => browser.runtime.sendMessage(message)).page);
  },
});
