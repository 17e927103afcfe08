import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { watchFields } from '../src/relay/field-scanner';
import { createForwarder, type Send } from '../src/relay/forwarder';
import { reportPolicyLinks } from '../src/relay/policy-links';

// Isolated world, injected by the worker into a frame once its page has loaded (the relay asks for
// it): the form-field classifier and the policy-link reader are large, and evaluating them while the
// page loads would slow every page down.
export default defineUnlistedScript(() => {
  const send: Send = (message) => browser.runtime.sendMessage(message);
  watchFields(document, createForwarder(send).dom);
  reportPolicyLinks(document, send);
});
