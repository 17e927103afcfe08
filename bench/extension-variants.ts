/**
 * Copies of the built extension with parts taken out, so a bench can tell what each part costs:
 * each is loaded beside the full build in the same run.
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LEDGER_KEY } from '../src/storage/ledger-key';
import { trackerIndexFromExport } from '../src/trackers/tracker-index-from-export';

interface Manifest { content_scripts: Array<{ world?: string }>; background: { service_worker: string } }

/** A copy of the built extension in a temp folder, with its manifest changed. */
async function variant(extensionDir: string, prefix: string, change: (manifest: Manifest, dir: string) => Promise<void>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  await cp(extensionDir, dir, { recursive: true });
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  await change(manifest, dir);
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

/** Without the MAIN-world hooks content script. */
export const withoutHooks = (extensionDir: string) => variant(extensionDir, 'bench-nohooks-', async (manifest) => {
  manifest.content_scripts = manifest.content_scripts.filter((script) => script.world !== 'MAIN');
});

/** A worker of the given code and no content scripts; permissions stay as built. */
const withWorker = (prefix: string, code: string) => (extensionDir: string) => variant(extensionDir, prefix, async (manifest, dir) => {
  manifest.content_scripts = [];
  manifest.background.service_worker = 'variant-worker.js';
  await writeFile(join(dir, 'variant-worker.js'), code);
});

/**
 * The floor: the same extension, permissions and all, with an empty worker and no content scripts.
 * What any installed extension of this kind costs a page load, before it does anything.
 */
export const emptyShell = withWorker('bench-empty-', '');

/** The listeners the observers need, with the same options, doing nothing. */
const LISTENERS = `const urls = ['<all_urls>'];
chrome.webRequest.onBeforeRequest.addListener(() => undefined, { urls }, ['requestBody']);
chrome.webRequest.onHeadersReceived.addListener(() => undefined, { urls }, ['responseHeaders', 'extraHeaders']);
chrome.cookies.onChanged.addListener(() => undefined);
chrome.webNavigation.onCommitted.addListener(() => undefined);`;

/** What merely asking Chromium for every request's body and headers costs a page load. */
export const listenersOnly = withWorker('bench-listeners-', LISTENERS);

/**
 * The wake's floor: a worker that registers the same listeners, so the same page request wakes it,
 * and is ready as soon as its few lines are evaluated. It publishes the marks the wake bench reads.
 */
export const wakeFloor = withWorker('bench-wake-floor-', `const evaluatedAt = performance.now();
${LISTENERS}
const marks = { auditorEvaluatedAt: evaluatedAt, auditorReadyAt: Promise.resolve(performance.now()), auditorReady: Promise.resolve(true) };
for (const [name, value] of Object.entries(marks)) Object.defineProperty(globalThis, name, { value });`);

/**
 * The wake's floor with the build's reads: the same listeners, the same two storage reads the build starts
 * first (all of session storage, the ledger) and the tracker table as a string in its code, as the build has it,
 * ready when the reads have landed and nothing else. Given the build's stored records, it tells how much
 * of a wake is waiting for storage and compiling the table whatever the worker's code does.
 */
export const wakeReadsFloor = (extensionDir: string) => withWorker('bench-wake-reads-', `const trackerIndex = ${JSON.stringify(trackerIndexFromExport())};
const evaluatedAt = performance.now();
${LISTENERS}
const reads = Promise.all([chrome.storage.session.get(null), chrome.storage.local.get(${JSON.stringify(LEDGER_KEY)}), trackerIndex.length]);
const marks = { auditorEvaluatedAt: evaluatedAt, auditorReadyAt: reads.then(() => performance.now()), auditorReady: reads.then(() => true) };
for (const [name, value] of Object.entries(marks)) Object.defineProperty(globalThis, name, { value });`)(extensionDir);
