/**
 * Service worker wake-up: the extension's worker is stopped as Chromium stops an idle one
 * (ServiceWorker.stopWorker), woken by a page request, and timed from its start to ready (storage
 * rebuilt, tracker table read) with the record of five audited sites in storage. Target: median ≤ 50 ms.
 *
 * Beside it, always, the floor: a copy of the build whose worker only registers the same listeners,
 * woken the same way, which tells what Chromium itself spends starting an extension's worker here; and
 * that floor with the build's storage and its first reads added, which tells how much of a wake is
 * spent reading storage and compiling the tracker table whatever the worker's code does.
 * AUDITOR_BASELINE_DIR=<another build> wakes that build too. All sides alternate wake by wake, so a
 * change is measured against the code before it, and against the floor, in one run.
 *
 * The five sites are recorded once through Playwright; the woken browsers are driven over the DevTools
 * pipe with no debugger attached to the worker as it starts (see cdp-pipe.ts), as in a user's browser,
 * and every side is given that same record.
 */
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchAuditBrowser } from '../src/cli/launch';
import { loadSiteScript, replay } from '../tests/fixtures/scenario';
import { LENDER_HOSTS, startFixtureServer } from '../tests/fixtures/server';
import { launchPipeBrowser, type PipeBrowser } from './cdp-pipe';
import { wakeFloor, wakeReadsFloor } from './extension-variants';
import { median, ratioLine } from './stats';

const RUNS = Number(process.env.WAKE_RUNS ?? 15);
const server = await startFixtureServer();

interface WakeTiming { origin: number; evaluatedAt: number; readyAt: number }
interface StorageAreas { local: Record<string, unknown>; session: Record<string, unknown> }
type ChromeStorage = { chrome: { storage: Record<keyof StorageAreas, { get(keys: null): Promise<Record<string, unknown>> }> } };
interface VersionUpdate { versions: Array<{ versionId: string; runningStatus: string; scriptURL: string }> }

const TIMING = `(async () => ({ origin: performance.timeOrigin, evaluatedAt: globalThis.auditorEvaluatedAt,
  readyAt: typeof globalThis.auditorReadyAt === 'object' ? await globalThis.auditorReadyAt : undefined }))()`;

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

function isWakeTiming(value: unknown): value is WakeTiming {
  return typeof value === 'object' && value !== null && 'readyAt' in value && typeof value.readyAt === 'number'
    && 'evaluatedAt' in value && typeof value.evaluatedAt === 'number' && 'origin' in value && typeof value.origin === 'number';
}

/** The build's record of the five lenders' sites, made by visiting them as the E2E tests do. */
async function recordSites(extensionDir: string): Promise<StorageAreas> {
  const auditor = await launchAuditBrowser({ extensionDir: resolve(extensionDir), hostResolverRules: server.hostResolverRules, ignoreCertificateErrors: true });
  const page = await auditor.context.newPage();
  for (const host of LENDER_HOSTS) await replay(page, server.url(host, '').replace(/\/$/, ''), loadSiteScript(host).scenario);
  const areas = await auditor.worker.evaluate(async () => {
    const { storage } = (globalThis as unknown as ChromeStorage).chrome;
    return { local: await storage.local.get(null), session: await storage.session.get(null) };
  });
  await auditor.close();
  return areas;
}

async function extensionWorker(browser: PipeBrowser): Promise<string> {
  for (let tries = 0; tries < 500; tries += 1) {
    const worker = (await browser.targets()).find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
    if (worker) return worker.targetId;
    await sleep(20);
  }
  throw new Error('the extension\'s service worker did not start');
}

/** One browser with one build and the recorded sites in its storage, ready to have its worker stopped and woken. */
async function wakeSide(label: string, extensionDir: string, seed: StorageAreas) {
  const browser = await launchPipeBrowser({ extensionDir: resolve(extensionDir), hostResolverRules: server.hostResolverRules, ignoreCertificateErrors: true });
  const worker = await extensionWorker(browser);
  // The target exists before the worker's code has run; ready is awaited once the code has published it.
  for (let tries = 0; tries < 500 && await browser.evaluateIn(worker, 'typeof globalThis.auditorReady') !== 'object'; tries += 1) await sleep(20);
  await browser.evaluateIn(worker, 'globalThis.auditorReady');
  await browser.evaluateIn(worker, `Promise.all([chrome.storage.local.set(${JSON.stringify(seed.local)}), chrome.storage.session.set(${JSON.stringify(seed.session)})])`);
  const stored = Number(await browser.evaluateIn(worker, 'chrome.storage.local.get(null).then((items) => Object.keys(items).length)'));
  let origin = Number(await browser.evaluateIn(worker, 'performance.timeOrigin'));
  const page = (await browser.targets()).find((t) => t.type === 'page');
  if (!page) throw new Error('no page to wake the worker from');
  const { sessionId } = await browser.send('Target.attachToTarget', { targetId: page.targetId, flatten: true });
  const pageSession = String(sessionId);
  let versionId = '';
  const statuses = new Map<string, string>();
  browser.on('ServiceWorker.workerVersionUpdated', (params) => {
    for (const version of (params as unknown as VersionUpdate).versions) {
      if (!version.scriptURL.startsWith('chrome-extension://')) continue;
      statuses.set(version.versionId, version.runningStatus);
      if (version.runningStatus === 'running') versionId = version.versionId;
    }
  });
  await browser.send('ServiceWorker.enable', {}, pageSession);

  async function until(condition: () => boolean, what: string, tries = 1500): Promise<void> {
    for (let tried = 0; tried < tries && !condition(); tried += 1) await sleep(20);
    if (!condition()) throw new Error(`timed out waiting for ${what}: ${JSON.stringify([...statuses])}`);
  }

  /** The restarted worker's timing: a new time origin tells a fresh start from the worker that was stopped. */
  async function wokenTiming(): Promise<WakeTiming> {
    for (let tries = 0; tries < 300; tries += 1) {
      const timing = await browser.evaluateIn(await extensionWorker(browser), TIMING).catch(() => null);
      if (isWakeTiming(timing) && timing.origin !== origin) return timing;
      await sleep(30);
    }
    throw new Error('the service worker did not wake up');
  }

  const times: number[] = [];
  const evaluated: number[] = [];
  return {
    label, stored, times, evaluated,
    async wakeOnce(run: number): Promise<void> {
      await until(() => versionId !== '', 'the worker version');
      const stopping = versionId;
      // A worker busy with an event is not stopped: ask again until it is.
      for (let attempt = 0; attempt < 10 && statuses.get(stopping) !== 'stopped'; attempt += 1) {
        await browser.send('ServiceWorker.stopWorker', { versionId: stopping }, pageSession).catch(() => undefined);
        await until(() => statuses.get(stopping) === 'stopped', 'the worker to stop', 50).catch(() => undefined);
      }
      await until(() => statuses.get(stopping) === 'stopped', 'the worker to stop');
      versionId = '';
      await browser.send('Page.navigate', { url: server.url(LENDER_HOSTS[run % LENDER_HOSTS.length] ?? '1kredit.kz', '/') }, pageSession);
      const timing = await wokenTiming();
      origin = timing.origin;
      times.push(timing.readyAt);
      evaluated.push(timing.evaluatedAt);
    },
    close: () => browser.close(),
  };
}

const extensionDir = process.env.AUDITOR_EXTENSION_DIR ?? '.output/chrome-mv3';
const floorDir = await wakeFloor(resolve(extensionDir));
const readsFloorDir = await wakeReadsFloor(resolve(extensionDir));
const recorded = await recordSites(extensionDir);
const current = await wakeSide('this build', extensionDir, recorded);
const floor = await wakeSide('floor, a worker of listeners only', floorDir, recorded);
const readsFloor = await wakeSide('floor with the build\'s reads (its storage, the tracker table\'s text)', readsFloorDir, recorded);
const baseline = process.env.AUDITOR_BASELINE_DIR ? await wakeSide('baseline build', process.env.AUDITOR_BASELINE_DIR, recorded) : null;
const sides = baseline ? [current, floor, readsFloor, baseline] : [current, floor, readsFloor];
for (let run = 0; run < RUNS; run += 1) {
  // The order flips each run, so a slow moment of the machine falls on every side alike.
  for (const side of run % 2 ? [...sides].reverse() : sides) await side.wakeOnce(run);
}
for (const side of sides) {
  console.log(`${side.label}: worker wake to ready with ${side.stored} stored records: median ${median(side.times).toFixed(1)} ms over ${side.times.length} wakes `
    + `(min ${Math.min(...side.times).toFixed(1)}, max ${Math.max(...side.times).toFixed(1)})`);
  console.log(`  of which evaluating the worker's code: median ${median(side.evaluated).toFixed(1)} ms; rebuilding state from storage: the rest`);
}
console.log(`this build / floor, wake to ready: ${(median(current.times) / median(floor.times)).toFixed(3)}; `
  + `this build's own share: ${(median(current.times) - median(floor.times)).toFixed(1)} ms`);
console.log(`this build / floor with its reads: ${(median(current.times) / median(readsFloor.times)).toFixed(3)}; `
  + `storage and the tracker table's text: ${(median(readsFloor.times) - median(floor.times)).toFixed(1)} ms of the floor's wake`);
if (baseline) console.log(`this build / baseline build, wake to ready: ${(median(current.times) / median(baseline.times)).toFixed(3)}`);
console.log(ratioLine('wake to ready vs 50 ms target', median(current.times), 50));
for (const side of sides) await side.close();
await rm(floorDir, { recursive: true, force: true });
await rm(readsFloorDir, { recursive: true, force: true });
await server.close();
