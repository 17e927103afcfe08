/**
 * Page-load overhead of the extension on the fixture lender sites, and the per-call cost of a
 * hooked API. Four browsers run side by side, loads interleaved host by host with the order rotated
 * each round, so machine noise falls on all equally: plain Chromium, the built extension, the built
 * extension with its page-world hooks removed from the manifest (a copy in a temp folder), which tells
 * the hooks' share, an empty shell of it (same permissions, empty worker, no content scripts),
 * which tells what merely installing such an extension costs, and that shell with the observers'
 * webRequest, cookie and navigation listeners registered and doing nothing.
 *
 *   npm run build   (once; this script builds nothing)
 *   node --import tsx bench/overhead.ts [rounds=8]
 *
 * AUDITOR_BASELINE_DIR=<another build> adds that build as one more side, loaded in the same rounds,
 * so a change is measured against the code before it in one run.
 *
 * AUDITOR_NETWORK=mobile loads every side through the same emulated network (DevTools' throttling:
 * 40 ms latency, 10 Mbit/s down, 5 up) instead of loopback, where a fixture page loads in tens of
 * milliseconds and any fixed cost is a large share of it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { chromiumArgs, launchAuditBrowser } from '../src/cli/launch';
import { LENDER_HOSTS, startFixtureServer } from '../tests/fixtures/server';
import { emptyShell, listenersOnly, withoutHooks } from './extension-variants';
import { median } from './stats';

const TARGET_RATIO = 1.05;
const CALLS = 1_000_000;
const rounds = Number(process.argv[2] ?? 8);

const NETWORK = process.env.AUDITOR_NETWORK === 'mobile'
  ? { offline: false, latency: 40, downloadThroughput: (10e6 / 8), uploadThroughput: (5e6 / 8) }
  : null;

/** Milliseconds from navigation start to the end of the load event, as the page itself measured it. */
async function loadTime(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  if (NETWORK) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
  }
  await page.goto(url, { waitUntil: 'load' });
  const ms = await page.evaluate('performance.getEntriesByType("navigation")[0].loadEventEnd') as number;
  await page.close();
  return ms;
}

// Each probe runs CALLS times in the page; a string, so the page runs exactly this code.
const PROBES: Record<string, string> = {
  'navigator.hardwareConcurrency (getter, counted)': 'let s = 0; for (let i = 0; i < N; i++) s += navigator.hardwareConcurrency; s',
  'context.save (method, per-canvas state)': 'const c = document.createElement("canvas").getContext("2d"); for (let i = 0; i < N; i++) { c.save(); c.restore(); } 0',
  'Element.getBoundingClientRect (font probe check)': 'const e = document.body; let s = 0; for (let i = 0; i < N; i++) s += e.getBoundingClientRect().width; s',
};

/** Nanoseconds per call of each probe, in a page of the given context. */
async function perCall(context: BrowserContext, url: string): Promise<Record<string, number>> {
  const page = await context.newPage();
  await page.goto(url);
  const out: Record<string, number> = {};
  for (const [name, body] of Object.entries(PROBES)) {
    const ns = await page.evaluate(`(() => { const N = ${CALLS}; const t = performance.now(); ${body}; return (performance.now() - t) * 1e6 / N; })()`);
    out[name] = ns as number;
  }
  await page.close();
  return out;
}

type Side = 'with' | 'withoutHooks' | 'listenersOnly' | 'emptyShell' | 'without' | 'baseline';
const BASELINE_DIR = process.env.AUDITOR_BASELINE_DIR;
const ORDER: readonly Side[] = ['with', 'withoutHooks', 'listenersOnly', 'emptyShell', 'without', ...(BASELINE_DIR ? ['baseline' as const] : [])];

/** A persistent Chromium context in a fresh profile, removed again on close. */
async function launchWith(args: string[]): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = await mkdtemp(join(tmpdir(), 'bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium', headless: true, ignoreHTTPSErrors: true, viewport: { width: 1280, height: 900 }, args });
  return { context, close: async () => { await context.close(); await rm(profile, { recursive: true, force: true }); } };
}

async function main(): Promise<void> {
  const extensionDir = resolve(process.env.AUDITOR_EXTENSION_DIR ?? '.output/chrome-mv3');
  const server = await startFixtureServer();
  const options = { extensionDir, hostResolverRules: server.hostResolverRules, ignoreCertificateErrors: true };
  const auditor = await launchAuditBrowser(options);
  const noHooksDir = await withoutHooks(extensionDir);
  const noHooks = await launchAuditBrowser({ ...options, extensionDir: noHooksDir });
  const shellDir = await emptyShell(extensionDir);
  const shell = await launchWith(chromiumArgs({ ...options, extensionDir: shellDir }));
  const listenersDir = await listenersOnly(extensionDir);
  const listening = await launchWith(chromiumArgs({ ...options, extensionDir: listenersDir }));
  // The same flags minus the extension, so the extension is the only difference.
  const plain = await launchWith(chromiumArgs(options).filter((arg) => !arg.includes('-extension')));
  const baseline = BASELINE_DIR ? await launchAuditBrowser({ ...options, extensionDir: resolve(BASELINE_DIR) }) : null;
  try {
    const contexts: Record<Side, BrowserContext> = { with: auditor.context, withoutHooks: noHooks.context,
      listenersOnly: listening.context, emptyShell: shell.context, without: plain.context,
      // Without a baseline build ORDER leaves this side out, so the stand-in is never loaded.
      baseline: (baseline ?? auditor).context };
    const times: Record<Side, number[]> = { with: [], withoutHooks: [], listenersOnly: [], emptyShell: [], without: [], baseline: [] };
    for (let round = 0; round < rounds; round += 1) {
      for (const host of LENDER_HOSTS) {
        for (let i = 0; i < ORDER.length; i += 1) {
          const side = ORDER[(i + round) % ORDER.length] ?? 'with';
          times[side].push(await loadTime(contexts[side], server.url(host, '/')));
        }
      }
    }
    const [full, hooksless, listeners, floor, bare] = [median(times.with), median(times.withoutHooks), median(times.listenersOnly),
      median(times.emptyShell), median(times.without)];
    const verdict = (ratio: number) => `${ratio.toFixed(3)} (target ≤ ${TARGET_RATIO}) ${ratio <= TARGET_RATIO ? 'ok' : 'MISSED'}`;
    console.log(`page load, ${rounds} rounds × ${LENDER_HOSTS.length} lender sites, ${NETWORK ? 'emulated mobile network' : 'loopback'}, median load event end:`);
    console.log(`  extension ${full.toFixed(1)} ms, without page hooks ${hooksless.toFixed(1)} ms, `
      + `listeners only ${listeners.toFixed(1)} ms, empty shell ${floor.toFixed(1)} ms, plain ${bare.toFixed(1)} ms`);
    console.log(`  extension / plain: ${verdict(full / bare)}`);
    console.log(`  page hooks' share, extension / extension without hooks: ${verdict(full / hooksless)}`);
    console.log(`  floor, empty shell (same permissions, empty worker, no content scripts) / plain: ${(floor / bare).toFixed(3)}`);
    console.log(`  the observers' listeners doing nothing, listeners only / plain: ${verdict(listeners / bare)}`);
    console.log(`  what the extension's own work adds, extension / listeners only: ${verdict(full / listeners)}`);
    if (baseline) {
      const before = median(times.baseline);
      console.log(`  against the baseline build (${BASELINE_DIR}): ${before.toFixed(1)} ms, baseline / plain ${(before / bare).toFixed(3)}, `
        + `extension / baseline ${(full / before).toFixed(3)}`);
    }
    const url = server.url(LENDER_HOSTS[0] ?? '', '/');
    const [hooked, native] = [await perCall(auditor.context, url), await perCall(plain.context, url)];
    console.log(`per call, ${CALLS.toLocaleString('en')} calls in a page:`);
    for (const name of Object.keys(PROBES)) {
      const [w, wo] = [hooked[name] ?? 0, native[name] ?? 0];
      console.log(`  ${name}: wrapped ${w.toFixed(0)} ns, native ${wo.toFixed(0)} ns, +${(w - wo).toFixed(0)} ns`);
    }
  } finally {
    await plain.close();
    await baseline?.close();
    await shell.close();
    await listening.close();
    await auditor.close();
    await noHooks.close();
    await rm(noHooksDir, { recursive: true, force: true });
    await rm(shellDir, { recursive: true, force: true });
    await rm(listenersDir, { recursive: true, force: true });
    await server.close();
  }
}

await main();
