import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchFields } from '../src/relay/field-scanner';
import { createForwarder, type Send } from '../src/relay/forwarder';
import { reportPolicyLinks } from '../src/relay/policy-links';

// Isolated world, once the page is parsed and idle: the form-field classifier and the policy-link
// reader are large, and loading them while the page loads would slow every page down. Fields that
// already exist are scanned at once; later ones are caught as they appear.
export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  noScriptStartedPostMessage: true,
  main() {
    const send: Send = (message) => browser.runtime.sendMessage(message);
    watchFields(document, createForwarder(send).dom);
    reportPolicyLinks(document, send);
  },
});
