import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchFields } from '../src/relay/field-scanner';
import { createForwarder } from '../src/relay/forwarder';
import { listenToPage } from '../src/relay/page-receiver';
import { reportPolicyLinks } from '../src/relay/policy-links';

// Isolated world: forwards the page hooks' reports and watches the DOM's form fields.
export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  noScriptStartedPostMessage: true,
  main() {
    const forwarder = createForwarder((message) => browser.runtime.sendMessage(message));
    listenToPage(document, forwarder.page);
    watchFields(document, forwarder.dom);
    reportPolicyLinks(document, (message) => browser.runtime.sendMessage(message));
  },
});
