/**
 * Service worker wake-up: the extension's worker is stopped as Chromium stops an idle one
 * (ServiceWorker.stopWorker), woken by a page request, and timed from its start to ready (storage
 * rebuilt, TrackerDB loaded) with the record of five audited sites in storage. Target: median ≤ 50 ms.
 */
import { resolve } from 'node:path';
import type { Worker } from '@playwright/test';
import { launchAuditBrowser } from '../src/cli/launch';
import { loadSiteScript, replay } from '../tests/fixtures/scenario';
import { LENDER_HOSTS, startFixtureServer } from '../tests/fixtures/server';
import { median, ratioLine } from './stats';

const RUNS = Number(process.env.WAKE_RUNS ?? 15);
const server = await startFixtureServer();
const auditor = await launchAuditBrowser({ extensionDir: resolve(process.env.AUDITOR_EXTENSION_DIR ?? '.output/chrome-mv3'),
  hostResolverRules: server.hostResolverRules, ignoreCertificateErrors: true });

/** The worker that replaced `previous`: Playwright lists a restarted worker as a new one. */
async function nextWorker(previous: Worker): Promise<Worker> {
  for (let tries = 0; tries < 300; tries += 1) {
    const found = auditor.context.serviceWorkers().find((w) => w !== previous);
    if (found) return found;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error('the service worker did not wake up');
}

const page = await auditor.context.newPage();
for (const host of LENDER_HOSTS) await replay(page, server.url(host, '').replace(/\/$/, ''), loadSiteScript(host).scenario);
const stored = await auditor.worker.evaluate(async () =>
  Object.keys(await (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<object> } } } }).chrome.storage.local.get(null)).length);
const cdp = await auditor.context.newCDPSession(page);
let versionId = '';
let status = '';
cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
  for (const version of versions) {
    if (!version.scriptURL.startsWith(`chrome-extension://${auditor.extensionId}/`)) continue;
    versionId = version.versionId;
    status = version.runningStatus;
  }
});
await cdp.send('ServiceWorker.enable');
const times: number[] = [];
let current = auditor.worker;
for (let i = 0; i < RUNS; i += 1) {
  while (!versionId) await new Promise((done) => setTimeout(done, 20));
  await cdp.send('ServiceWorker.stopWorker', { versionId });
  while (status !== 'stopped') await new Promise((done) => setTimeout(done, 20));
  await page.goto(server.url(LENDER_HOSTS[i % LENDER_HOSTS.length] ?? '1kredit.kz', '/'));
  current = await nextWorker(current);
  times.push(await current.evaluate(() => (globalThis as unknown as { auditorReadyAt: Promise<number> }).auditorReadyAt));
}
console.log(`worker wake to ready with ${stored} stored records: median ${median(times).toFixed(1)} ms over ${times.length} wakes `
  + `(min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)})`);
console.log(ratioLine('wake to ready vs 50 ms target', median(times), 50));
await auditor.close();
await server.close();
