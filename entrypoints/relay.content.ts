import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createForwarder } from '../src/relay/forwarder';
import { listenToPage } from '../src/relay/page-receiver';

// Isolated world: receives the page hooks' reports over the private channel and forwards them.
export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  noScriptStartedPostMessage: true,
  main() {
    const forwarder = createForwarder((message) => browser.runtime.sendMessage(message));
    listenToPage(document, (event) => forwarder.push(event));
  },
});
