/**
 * Service worker wake-up: the extension's worker is stopped as Chromium stops an idle one
 * (ServiceWorker.stopWorker), woken by a page request, and timed from its start to ready (storage
 * rebuilt, TrackerDB loaded) with the record of five audited sites in storage. Target: median ≤ 50 ms.
 */
import { resolve } from 'node:path';
import { launchAuditBrowser } from '../src/cli/launch';
import { loadSiteScript, replay } from '../tests/fixtures/scenario';
import { LENDER_HOSTS, startFixtureServer } from '../tests/fixtures/server';
import { median, ratioLine } from './stats';

const RUNS = Number(process.env.WAKE_RUNS ?? 15);
const server = await startFixtureServer();
const auditor = await launchAuditBrowser({ extensionDir: resolve(process.env.AUDITOR_EXTENSION_DIR ?? '.output/chrome-mv3'),
  hostResolverRules: server.hostResolverRules, ignoreCertificateErrors: true });

interface WakeTiming { origin: number; evaluatedAt: number; readyAt: number }
type WorkerGlobals = { auditorEvaluatedAt: number; auditorReadyAt: Promise<number> };

/** The restarted worker's timing: a new time origin tells a fresh start from the worker that was stopped. */
async function wokenTiming(previousOrigin: number): Promise<WakeTiming> {
  for (let tries = 0; tries < 300; tries += 1) {
    for (const worker of auditor.context.serviceWorkers()) {
      const timing = await worker.evaluate(async () => ({ origin: performance.timeOrigin,
        evaluatedAt: (globalThis as unknown as WorkerGlobals).auditorEvaluatedAt,
        readyAt: await (globalThis as unknown as WorkerGlobals).auditorReadyAt })).catch(() => null);
      if (timing && timing.origin !== previousOrigin) return timing;
    }
    await sleep(50);
  }
  throw new Error('the service worker did not wake up');
}

async function until(condition: () => boolean, what: string, tries = 1500): Promise<void> {
  for (let tried = 0; tried < tries && !condition(); tried += 1) await sleep(20);
  if (!condition()) throw new Error(`timed out waiting for ${what}: ${JSON.stringify([...statuses])}`);
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

const page = await auditor.context.newPage();
for (const host of LENDER_HOSTS) await replay(page, server.url(host, '').replace(/\/$/, ''), loadSiteScript(host).scenario);
const stored = await auditor.worker.evaluate(async () =>
  Object.keys(await (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<object> } } } }).chrome.storage.local.get(null)).length);
const cdp = await auditor.context.newCDPSession(page);
let versionId = '';
const statuses = new Map<string, string>();
cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
  for (const version of versions) {
    if (!version.scriptURL.startsWith(`chrome-extension://${auditor.extensionId}/`)) continue;
    statuses.set(version.versionId, version.runningStatus);
    if (version.runningStatus === 'running') versionId = version.versionId;
  }
});
await cdp.send('ServiceWorker.enable');
const times: number[] = [];
const evaluated: number[] = [];
let origin = await auditor.worker.evaluate(() => performance.timeOrigin);
for (let i = 0; i < RUNS; i += 1) {
  await until(() => versionId !== '', 'the worker version');
  const stopping = versionId;
  // A worker busy with an event is not stopped: ask again until it is.
  for (let attempt = 0; attempt < 10 && statuses.get(stopping) !== 'stopped'; attempt += 1) {
    await cdp.send('ServiceWorker.stopWorker', { versionId: stopping });
    await until(() => statuses.get(stopping) === 'stopped', 'the worker to stop', 50).catch(() => undefined);
  }
  await until(() => statuses.get(stopping) === 'stopped', 'the worker to stop');
  versionId = '';
  await page.goto(server.url(LENDER_HOSTS[i % LENDER_HOSTS.length] ?? '1kredit.kz', '/'));
  const timing = await wokenTiming(origin);
  origin = timing.origin;
  times.push(timing.readyAt);
  evaluated.push(timing.evaluatedAt);
}
console.log(`worker wake to ready with ${stored} stored records: median ${median(times).toFixed(1)} ms over ${times.length} wakes `
  + `(min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)})`);
console.log(`  of which evaluating the worker's code: median ${median(evaluated).toFixed(1)} ms; rebuilding state and loading TrackerDB: the rest`);
console.log(ratioLine('wake to ready vs 50 ms target', median(times), 50));
await auditor.close();
await server.close();
