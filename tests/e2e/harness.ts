/**
 * End-to-end harness: the built extension in real Chromium, the fixture lender sites served under
 * their real hostnames, and helpers to find a tab and open the popup for it.
 */
import { resolve } from 'node:path';
import { test as base, type Page } from '@playwright/test';
import { launchAuditBrowser, type AuditBrowser } from '../../src/cli/launch';
import { startFixtureServer, type FixtureServer } from '../fixtures/server';

/** The built extension; AUDITOR_EXTENSION_DIR points the tests at another build (e.g. a copy). */
export const EXTENSION_DIR = resolve(process.env.AUDITOR_EXTENSION_DIR ?? '.output/chrome-mv3');

interface WorkerFixtures { server: FixtureServer }
interface TestFixtures { auditor: AuditBrowser }

/** One fixture server per worker; a fresh browser profile per test, so no cookie or record carries over. */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  server: [async ({}, use) => {
    const server = await startFixtureServer();
    await use(server);
    await server.close();
  }, { scope: 'worker' }],
  auditor: [async ({ server }, use) => {
    const auditor = await launchAuditBrowser({ extensionDir: EXTENSION_DIR, hostResolverRules: server.hostResolverRules,
      ignoreCertificateErrors: true });
    await use(auditor);
    await auditor.close();
  }, { scope: 'test' }],
});

export { expect } from '@playwright/test';

interface WorkerGlobals { chrome: { tabs: { query(query: object): Promise<Array<{ id?: number; url?: string }>> } } }

/** The browser's id for the tab showing `page`, asked of the extension's own worker. */
export async function tabIdOf(auditor: AuditBrowser, page: Page): Promise<number> {
  const url = page.url();
  const id = await auditor.worker.evaluate(async (wanted) => {
    const tabs = await (globalThis as unknown as WorkerGlobals).chrome.tabs.query({});
    return tabs.find((tab) => tab.url === wanted)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab shows ${url}`);
  return id;
}

export async function openPopup(auditor: AuditBrowser, tabId: number): Promise<Page> {
  const popup = await auditor.context.newPage();
  await popup.goto(`chrome-extension://${auditor.extensionId}/popup.html?tab=${tabId}`);
  await popup.locator('main').waitFor();
  return popup;
}
