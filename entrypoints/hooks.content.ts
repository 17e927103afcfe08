import { defineContentScript } from 'wxt/utils/define-content-script';
import { installPageHooks } from '../src/page/install';

// Page world, before any page script: the hooks must be in place when the first inline script runs.
export default defineContentScript({
  matches: ['<all_urls>'],
  world: 'MAIN',
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  noScriptStartedPostMessage: true,
  main() {
    installPageHooks(window);
  },
});
