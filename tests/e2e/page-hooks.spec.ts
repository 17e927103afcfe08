/**
 * The page-world observers against hostile pages (tests/fixtures/adversarial/pages): frames used
 * before any load, detection of the hooks, forged and suppressed reports, floods, fingerprinting
 * look-alikes, and a service worker stopped mid-visit. Observations are read from storage.
 */
import type { CDPSession, Page } from '@playwright/test';
import { countOf, expect, mark, storedFor, test, withConstraints, type Stored } from '../fixtures/adversarial/harness';

const SITE = 'hostile.test';

/** Waits until the marker's observation is stored: events sent before it were handled before it. */
async function settle(page: Page, extensionPage: Page, name: string, site = SITE): Promise<Stored[]> {
  await mark(page, name);
  await expect.poll(async () => withConstraints(await storedFor(extensionPage, site), name).length).toBe(1);
  return storedFor(extensionPage, site);
}

const inFrame = (stored: Stored[], path: string) => stored.filter((s) => s.observation.frameUrl.endsWith(path));
const ofKind = (stored: Stored[], kind: string) => stored.filter((s) => s.observation.detail.kind === kind);

for (const which of ['blank-contentwindow', 'blank-index', 'srcdoc-index', 'srcdoc-loaded', 'src-index', 'inner-html']) {
  test(`a child frame used synchronously is hooked (${which})`, async ({ auditor, adversarial, extensionPage }) => {
    const page = await auditor.context.newPage();
    await page.goto(adversarial.url(`/frames.html?case=${which}`));
    await expect.poll(async () => withConstraints(await storedFor(extensionPage, SITE), `case-${which}`).length).toBe(1);
    // Past one limiter interval: a frame hooked twice would have sent a second report by now.
    await page.waitForTimeout(1500);
    const [stored] = withConstraints(await storedFor(extensionPage, SITE), `case-${which}`);
    expect(countOf(stored)).toBe(1);
    await page.close();
  });
}

/** Counts summed over a site's observations: observations of about:blank frames merge across pages. */
const total = (found: Stored[]) => found.reduce((sum, s) => sum + (countOf(s) ?? 0), 0);
const geolocationCalls = (stored: Stored[]) => total(stored.filter((s) => s.observation.detail.kind === 'device_request'
  && s.observation.detail.api === 'geolocation.getCurrentPosition'));
const canvasReadBacks = (stored: Stored[]) => total(ofKind(stored, 'fingerprint'));

for (const which of ['open-write', 'write-implicit', 'friendly-frame', 'src-blank', 'srcdoc']) {
  test(`a frame reused in place is hooked in its new document, once (${which})`, async ({ auditor, adversarial, extensionPage }) => {
    const page = await auditor.context.newPage();
    await page.goto(adversarial.url(`/swap.html?case=${which}`));
    const before = await storedFor(extensionPage, SITE);
    expect(await page.evaluate((w) => (window as unknown as { swap(w: string): Promise<boolean> }).swap(w), which)).toBe(true);
    await expect.poll(async () => withConstraints(await storedFor(extensionPage, SITE), `swap-${which}`).length).toBe(1);
    // Past one limiter interval: a call reported by two copies of the hooks would show by now.
    await page.waitForTimeout(1500);
    const after = await storedFor(extensionPage, SITE);
    expect(total(withConstraints(after, `swap-${which}`))).toBe(1);
    expect(geolocationCalls(after) - geolocationCalls(before)).toBe(1);
    expect(canvasReadBacks(after) - canvasReadBacks(before)).toBe(1);
    await page.close();
  });
}

test('a top document rewritten with document.open() still reports', async ({ auditor, adversarial, extensionPage }) => {
  const page = await auditor.context.newPage();
  await page.goto(adversarial.url('/reopen.html'));
  await settle(page, extensionPage, 'before-reopen');
  expect(await page.evaluate(() => (window as unknown as { reopen(): boolean }).reopen())).toBe(true);
  await settle(page, extensionPage, 'after-reopen');
  await page.close();
});

test('wrapped functions look native and the hooks leave no globals', async ({ auditor, adversarial, plain, extensionPage }) => {
  const inspect = async (page: Page) => {
    await page.goto(adversarial.url('/native.html'));
    return page.evaluate(() => (window as unknown as { inspectNatives(): unknown }).inspectNatives());
  };
  const hooked = await auditor.context.newPage();
  const bare = await plain.newPage();
  expect(await inspect(hooked)).toEqual(await inspect(bare));
  // The comparison means something only if the hooks were active on that page.
  await settle(hooked, extensionPage, 'native-page-hooked');
  await Promise.all([hooked.close(), bare.close()]);
});

test('a page cannot forge observations or overhear the channel', async ({ auditor, adversarial, extensionPage }) => {
  const page = await auditor.context.newPage();
  await page.goto(adversarial.url('/forge.html'));
  await page.evaluate(() => (window as unknown as { forge(): void }).forge());
  const stored = await settle(page, extensionPage, 'after-forge');
  expect(stored.filter((s) => JSON.stringify(s.observation).includes('forged'))).toEqual([]);
  const overheard = await page.evaluate(() => (window as unknown as { overheard: string[] }).overheard);
  expect(overheard.filter((heard) => heard.startsWith('lender-auditor:hello=') && !heard.endsWith('la-forged0000'))).toEqual([]);
  await page.close();
});

test('poisoned built-ins and replaced methods do not suppress reports', async ({ auditor, adversarial, extensionPage }) => {
  const page = await auditor.context.newPage();
  await page.goto(adversarial.url('/forge.html'));
  await page.evaluate(() => (window as unknown as { suppress(): void }).suppress());
  await page.evaluate(() => (window as unknown as { evade(): void }).evade());
  const stored = await settle(page, extensionPage, 'after-suppress');
  expect(withConstraints(stored, 'poisoned-builtins')).toHaveLength(1);
  expect(withConstraints(stored, 'fresh-frame-original')).toHaveLength(1);
  expect(stored.some((s) => s.observation.detail.kind === 'device_request'
    && s.observation.detail.api === 'geolocation.getCurrentPosition' && s.observation.frameUrl.endsWith('/forge.html'))).toBe(true);
  expect(ofKind(stored, 'storage_write').map((s) => s.observation.detail)).toContainEqual(expect.objectContaining({ key: 'poisoned_id' }));
  expect(ofKind(stored, 'cookie').map((s) => s.key)).toContain('cookie|poisoned_cookie|hostile.test|/');
  expect(ofKind(stored, 'fingerprint').map((s) => s.observation.detail)).toContainEqual(
    expect.objectContaining({ technique: 'canvas', evidence: 'toDataURL of a canvas with text drawn on it' }));
  await page.close();
});

test('ordinary canvas, font, WebGL and audio use is not fingerprinting', async ({ auditor, adversarial, extensionPage }) => {
  const page = await auditor.context.newPage();
  await page.goto(adversarial.url('/fingerprint.html', 'tracker.test'));
  await page.evaluate(async () => {
    const { scenarios } = window as unknown as { scenarios: Record<string, () => unknown> };
    for (const name of ['chart', 'imageEditor', 'threeFonts', 'webglPlain', 'offlineTone', 'offscreenAnimation']) {
      const run = scenarios[name];
      if (!run) throw new Error(`no scenario ${name}`);
      await run();
    }
  });
  const stored = await settle(page, extensionPage, 'negatives-done', 'tracker.test');
  expect(ofKind(stored, 'fingerprint')).toEqual([]);
  await page.close();
});

test('canvas, font, WebGL and audio fingerprinting are recorded', async ({ auditor, adversarial, extensionPage }) => {
  const page = await auditor.context.newPage();
  await page.goto(adversarial.url('/fingerprint.html'));
  await page.evaluate(async () => {
    const { scenarios } = window as unknown as { scenarios: Record<string, () => unknown> };
    for (const name of ['canvasFingerprint', 'canvasFonts', 'domFonts', 'webglUnmasked', 'audioFingerprint']) {
      const run = scenarios[name];
      if (!run) throw new Error(`no scenario ${name}`);
      await run();
    }
  });
  const stored = await settle(page, extensionPage, 'positives-done');
  const found = ofKind(stored, 'fingerprint').filter((s) => s.observation.frameUrl.endsWith('/fingerprint.html'));
  const evidence = found.map((s) => s.observation.detail).map((d) => 'evidence' in d ? d.evidence : '');
  expect(evidence.sort()).toEqual([
    'OfflineAudioContext rendering of an oscillator through a dynamics compressor',
    'getParameter(UNMASKED_RENDERER_WEBGL) after enabling WEBGL_debug_renderer_info',
    'getParameter(UNMASKED_VENDOR_WEBGL) after enabling WEBGL_debug_renderer_info',
    'measureText of one text in ≥50 fonts',
    'size of elements styled in ≥50 font families',
    'toDataURL of a canvas with text drawn on it',
  ].sort());
  expect(new Set(found.map((s) => s.observation.category))).toEqual(new Set(['fingerprinting']));
  await page.close();
});

test('OffscreenCanvas fingerprinting in the page is recorded', async ({ auditor, adversarial, extensionPage }) => {
  const page = await auditor.context.newPage();
  const url = adversarial.url('/fingerprint.html?offscreen');
  await page.goto(url);
  await page.evaluate(async () => {
    const { scenarios } = window as unknown as { scenarios: Record<string, () => unknown> };
    for (const name of ['offscreenBlob', 'offscreenPixels', 'offscreenTransfer', 'offscreenFonts']) {
      const run = scenarios[name];
      if (!run) throw new Error(`no scenario ${name}`);
      await run();
    }
  });
  const stored = await settle(page, extensionPage, 'offscreen-done');
  const evidence = ofKind(stored.filter((s) => s.observation.frameUrl === url), 'fingerprint')
    .map((s) => s.observation.detail).map((d) => 'evidence' in d ? d.evidence : '');
  expect(evidence.sort()).toEqual([
    'convertToBlob of an OffscreenCanvas with text drawn on it',
    'getImageData of an OffscreenCanvas with text drawn on it',
    'measureText of one text in ≥50 fonts',
    'toDataURL of a canvas with text drawn on it',
  ]);
  await page.close();
});

test('identifier writes to storage are recorded, UI state is not, cookie values never', async ({ auditor, adversarial, extensionPage }) => {
  const page = await auditor.context.newPage();
  await page.goto(adversarial.url('/storage.html'));
  await page.evaluate(() => (window as unknown as { writeStorage(): Promise<boolean> }).writeStorage());
  expect(await page.evaluate(() => (window as unknown as { keyConversions: number }).keyConversions)).toBe(1);
  const all = await settle(page, extensionPage, 'storage-done');
  const writes = ofKind(inFrame(all, '/storage.html'), 'storage_write').map((s) => s.observation.detail);
  expect(writes.map((d) => 'key' in d ? `${d.area}:${d.key}` : '').sort()).toEqual(
    ['indexedDB:ids/device', 'localStorage:visitor_id', 'sessionStorage:client_number']);
  // The cookies API reports the same cookie: both sources must meet under one key.
  expect(ofKind(all, 'cookie').map((s) => s.key).filter((key) => key.includes('la_visitor'))).toEqual(['cookie|la_visitor|hostile.test|/']);
  expect(JSON.stringify(await storedFor(extensionPage, SITE))).not.toContain('do-not-store-this-value');
  await page.goto(adversarial.url('/sub/cookie.html'));
  const cookies = ofKind(await settle(page, extensionPage, 'cookie-dir-done'), 'cookie').map((s) => s.key);
  expect(cookies.filter((key) => key.startsWith('cookie|la_dir|'))).toEqual(['cookie|la_dir|hostile.test|/sub']);
  await page.close();
});

test('identifiers written to storage by property assignment are recorded, once each', async ({ auditor, adversarial, extensionPage }) => {
  const page = await auditor.context.newPage();
  const url = adversarial.url('/storage.html?named');
  await page.goto(url);
  expect(await page.evaluate(() => (window as unknown as { writeNamed(): boolean }).writeNamed())).toBe(true);
  const writes = async () => ofKind((await storedFor(extensionPage, SITE)).filter((s) => s.observation.pageUrl === url), 'storage_write');
  const keys = async () => (await writes()).map((s) => s.observation.detail).map((d) => 'key' in d ? `${d.area}:${d.key}` : '').sort();
  await expect.poll(keys).toEqual(['localStorage:deviceId', 'localStorage:fp_hash', 'localStorage:uid', 'localStorage:via_set_item',
    'sessionStorage:x']);
  // Two more checks of the areas: nothing is reported again, the setItem write included.
  await page.waitForTimeout(4500);
  expect((await writes()).map(countOf)).toEqual([1, 1, 1, 1, 1]);
  expect(await page.evaluate(() => (window as unknown as { writeNamedLater(): boolean }).writeNamedLater())).toBe(true);
  await expect.poll(async () => (await keys()).filter((key) => key === 'localStorage:later_id')).toHaveLength(1);
  await page.close();
});

test('device and browser characteristics are counted per API', async ({ auditor, adversarial, extensionPage }) => {
  const page = await auditor.context.newPage();
  await page.goto(adversarial.url('/reads.html'));
  await page.evaluate(() => (window as unknown as { readAll(): Promise<number> }).readAll());
  const reads = ofKind(inFrame(await settle(page, extensionPage, 'reads-done'), '/reads.html'), 'api_read');
  const byApi = new Map(reads.map((s) => [s.observation.detail.kind === 'api_read' ? s.observation.detail.api : '', s]));
  expect([...byApi.keys()].sort()).toEqual(['navigator.deviceMemory', 'navigator.hardwareConcurrency', 'navigator.languages',
    'navigator.maxTouchPoints', 'navigator.platform', 'navigator.plugins', 'navigator.userAgent',
    'navigator.userAgentData.getHighEntropyValues', 'screen.colorDepth', 'screen.height', 'screen.width', 'window.devicePixelRatio']);
  await expect.poll(async () => countOf(inFrame(await storedFor(extensionPage, SITE), '/reads.html')
    .find((s) => s.key.startsWith('api_read|navigator.hardwareConcurrency|')))).toBe(5);
  expect(byApi.get('navigator.userAgent')?.observation.category).toBe('browser_info');
  expect(byApi.get('screen.width')?.observation.category).toBe('device_info');
  await page.close();
});

test('a flood of calls is stored as a few observations with exact counts', async ({ auditor, adversarial, extensionPage }) => {
  const counts = { pixels: 100_000, setItem: 100_000, reads: 1_000_000, keys: 10_000 };
  const page = await auditor.context.newPage();
  await page.goto(adversarial.url('/flood.html'));
  expect(await page.evaluate((n) => (window as unknown as { flood(c: typeof n): boolean }).flood(n), counts)).toBe(true);
  const find = async (prefix: string) => countOf(inFrame(await storedFor(extensionPage, SITE), '/flood.html')
    .find((s) => s.key.startsWith(prefix)));
  await expect.poll(() => find('fingerprint|canvas|getImageData')).toBe(counts.pixels);
  await expect.poll(() => find('storage|localStorage|flood_id|')).toBe(counts.setItem);
  await expect.poll(() => find('api_read|navigator.hardwareConcurrency|')).toBe(counts.reads);
  // Every distinct key is counted, but past the page-world cap they share one observation.
  const sessionCounts = async () => ofKind(inFrame(await storedFor(extensionPage, SITE), '/flood.html'), 'storage_write')
    .filter((s) => s.key.startsWith('storage|sessionStorage|')).map(countOf);
  await expect.poll(async () => (await sessionCounts()).reduce((sum: number, n) => sum + (n ?? 0), 0)).toBe(counts.keys);
  expect((await sessionCounts()).length).toBeLessThanOrEqual(101);
  expect(inFrame(await storedFor(extensionPage, SITE), '/flood.html').length).toBeLessThanOrEqual(105);
  await page.close();
});

test('stopping the service worker mid-visit loses no observation', async ({ auditor, adversarial, extensionPage }) => {
  const page = await auditor.context.newPage();
  await page.goto(adversarial.url('/empty.html'));
  await settle(page, extensionPage, 'before-stop-1');
  await settle(page, extensionPage, 'before-stop-2');
  // ServiceWorker.stopWorker stops the extension's worker as Chromium does when idle; stopAllWorkers and
  // Target.closeTarget took the extension's renderer (and the pages with it) down in Chromium 156.
  const cdp: CDPSession = await auditor.context.newCDPSession(page);
  const statuses: string[] = [];
  let versionId: string | undefined;
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) {
      if (!version.scriptURL.startsWith(`chrome-extension://${auditor.extensionId}/`)) continue;
      versionId = version.versionId;
      statuses.push(version.runningStatus);
    }
  });
  await cdp.send('ServiceWorker.enable');
  await expect.poll(() => versionId).toBeDefined();
  await cdp.send('ServiceWorker.stopWorker', { versionId: versionId ?? '' });
  await expect.poll(() => statuses.includes('stopped')).toBe(true);
  for (const name of ['after-stop-1', 'after-stop-2', 'after-stop-3']) await mark(page, name);
  await page.evaluate(() => localStorage.setItem('after_stop_id', '0b7e2c4d-1a9f-4e3b-8c6d-5f2a1e0d9c8b'));
  await expect.poll(async () => {
    const stored = await storedFor(extensionPage, SITE);
    return ['before-stop-1', 'before-stop-2', 'after-stop-1', 'after-stop-2', 'after-stop-3']
      .filter((name) => withConstraints(stored, name).length === 1).length
      + ofKind(stored, 'storage_write').filter((s) => s.key.includes('after_stop_id')).length;
  }).toBe(6);
  expect(statuses.slice(statuses.indexOf('stopped'))).toContain('running');
  await page.close();
});

test('form fields are classified in the top page, a srcdoc frame and a frame the page wrote itself', async ({ auditor, adversarial, extensionPage }) => {
  const page = await auditor.context.newPage();
  await page.goto(adversarial.url('/form-frames.html'));
  const fieldNames = async () => ofKind(await storedFor(extensionPage, SITE), 'form_field')
    .map((s) => s.observation.detail.kind === 'form_field' ? s.observation.detail.name : '');
  await expect.poll(fieldNames, { timeout: 10_000 }).toEqual(expect.arrayContaining(['top-phone', 'srcdoc-iin', 'blank-email']));
  await page.close();
});
