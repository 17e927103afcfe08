import { browser } from 'wxt/browser';
// First, so that the wake's reads start before the rest is evaluated.
import { ownFile, wakeReads } from './wake-reads';
import { SHIPPED_TRACKER_INDEX } from './shipped-tracker-index';
import { defineBackground } from 'wxt/utils/define-background';
import { onCookieSet } from '../../src/background/on-cookie-change';
import { onMessage } from '../../src/background/on-message';
import { onTabClosed, onTopNavigation } from '../../src/background/on-navigation';
import { onRequest, onResponse } from '../../src/background/on-network';
import { documentUrlOf, requestBodyText, setCookieHeaders } from '../../src/background/web-request-details';
import { BUNDLED_POLICY_FOLDERS } from '../../src/background/bundled-policies';
import { backgroundReaders } from '../../src/discovery/offscreen/background-readers';
import { createPolicyServices } from '../../src/background/policy-services';
import { bundledPolicies } from '../../src/background/policy-state';
import { startServices } from '../../src/background/services';
import type { ScriptTarget } from '../../src/background/scanner-target';
import { reportTab } from '../../src/background/site-audit';
import { LEDGER_KEY } from '../../src/storage/ledger-key';
import { prefetchedArea } from '../../src/storage/prefetched-area';

export default defineBackground(() => {
  // Milliseconds from the worker's start to the end of evaluating its code, for the wake-up benchmark.
  Object.defineProperty(globalThis, 'auditorEvaluatedAt', { value: performance.now() });
  const ready = startServices({
    local: prefetchedArea(browser.storage.local, [LEDGER_KEY], wakeReads.ledger),
    session: prefetchedArea(browser.storage.session, null, wakeReads.session),
    loadTrackerIndex: async () => SHIPPED_TRACKER_INDEX,
  });
  // Tests and the command line wait on this before the first navigation.
  Object.defineProperty(globalThis, 'auditorReady', { value: ready.then(() => true) });
  // Milliseconds from the worker's start to ready, for the wake-up benchmark.
  Object.defineProperty(globalThis, 'auditorReadyAt', { value: ready.then(() => performance.now()) });
  const report = (error: unknown) => console.error('[auditor]', error);
  const extraHeaders = browser.webRequest.OnHeadersReceivedOptions?.EXTRA_HEADERS;

  browser.webRequest.onBeforeRequest.addListener((details) => {
    ready.then((services) => onRequest(services, {
      tabId: details.tabId, frameId: details.frameId, url: details.url, method: details.method,
      type: details.type, initiator: details.initiator, documentUrl: documentUrlOf(details),
      readBody: () => requestBodyText(details.requestBody),
    })).catch(report);
    return undefined;
  }, { urls: ['<all_urls>'] }, ['requestBody']);

  browser.webRequest.onHeadersReceived.addListener((details) => {
    const setCookies = setCookieHeaders(details.responseHeaders);
    ready.then((services) => onResponse(services, {
      tabId: details.tabId, frameId: details.frameId, url: details.url, type: details.type,
      initiator: details.initiator, documentUrl: documentUrlOf(details), setCookies,
    })).catch(report);
    return undefined;
  }, { urls: ['<all_urls>'] }, extraHeaders ? ['responseHeaders', extraHeaders] : ['responseHeaders']);

  browser.cookies.onChanged.addListener((change) => {
    if (change.removed) return;
    ready.then((services) => onCookieSet(services, { ...change.cookie, sameSite: String(change.cookie.sameSite),
      session: change.cookie.session })).catch(report);
  });

  browser.webNavigation.onCommitted.addListener((details) => {
    if (details.frameId !== 0) return;
    ready.then((services) => onTopNavigation(services, details.tabId, details.url)).catch(report);
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    ready.then((services) => onTabClosed(services, tabId)).catch(report);
  });

  const { policyStore, discovery, discoveryDeps, audit } = createPolicyServices({
    local: browser.storage.local, fetch: (url, init) => fetch(url, init), browser: navigator.userAgent,
    tool: { name: 'lender-privacy-auditor', version: browser.runtime.getManifest().version },
    bundled: bundledPolicies(BUNDLED_POLICY_FOLDERS, async (file) => (await ownFile(file)).text()),
    ...backgroundReaders(),
  });
  const context = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/'), audit,
    policies: { discovery, deps: discoveryDeps },
    // A frame that cannot be injected is logged: its fields go unseen, which the auditor should know.
    injectFieldScanner: async (target: ScriptTarget) => {
      await browser.scripting.executeScript({ target, files: ['/field-scanner.js'] }).catch((error: unknown) => {
        report(error);
        throw error;
      });
    } };
  browser.runtime.onMessage.addListener((message, sender) =>
    ready.then((services) => onMessage(services, message, sender, context)));
  // The command line collects the very report the report page exports, from here.
  Object.defineProperty(globalThis, 'auditorReport', {
    value: (tabId: number) => ready.then((services) => reportTab(services, audit, tabId)),
  });
  Object.defineProperty(globalThis, 'auditorUsePolicy', {
    value: (site: string, text: string, source: string) => policyStore.attach(site, { text, source, origin: 'cli' }),
  });
});
