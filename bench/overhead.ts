/**
 * Page-load overhead of the extension on the fixture lender sites, and the per-call cost of a
 * hooked API. Three browsers run side by side, loads interleaved host by host with the order rotated
 * each round, so machine noise falls on all equally: plain Chromium, the built extension, and the
 * built extension with its page-world hooks removed from the manifest (a copy in a temp folder),
 * which tells the hooks' share of the overhead from the rest of the extension's.
 *
 *   npm run build   (once; this script builds nothing)
 *   node --import tsx bench/overhead.ts [rounds=8]
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { chromiumArgs, launchAuditBrowser } from '../src/cli/launch';
import { LENDER_HOSTS, startFixtureServer } from '../tests/fixtures/server';
import { median } from './stats';

const TARGET_RATIO = 1.05;
const CALLS = 1_000_000;
const rounds = Number(process.argv[2] ?? 8);

/** Milliseconds from navigation start to the end of the load event, as the page itself measured it. */
async function loadTime(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
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

/** A copy of the built extension without the MAIN-world hooks content script. */
async function withoutHooks(extensionDir: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-nohooks-'));
  await cp(extensionDir, dir, { recursive: true });
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as { content_scripts: Array<{ world?: string }> };
  manifest.content_scripts = manifest.content_scripts.filter((script) => script.world !== 'MAIN');
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

type Side = 'with' | 'withoutHooks' | 'without';
const ORDER: readonly Side[] = ['with', 'withoutHooks', 'without'];

async function main(): Promise<void> {
  const extensionDir = resolve(process.env.AUDITOR_EXTENSION_DIR ?? '.output/chrome-mv3');
  const server = await startFixtureServer();
  const options = { extensionDir, hostResolverRules: server.hostResolverRules, ignoreCertificateErrors: true };
  const auditor = await launchAuditBrowser(options);
  const noHooksDir = await withoutHooks(extensionDir);
  const noHooks = await launchAuditBrowser({ ...options, extensionDir: noHooksDir });
  const profile = await mkdtemp(join(tmpdir(), 'bench-plain-'));
  // The same flags minus the extension, so the extension is the only difference.
  const plain = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true,
    ignoreHTTPSErrors: true, viewport: { width: 1280, height: 900 },
    args: chromiumArgs(options).filter((arg) => !arg.includes('-extension')) });
  try {
    const contexts: Record<Side, BrowserContext> = { with: auditor.context, withoutHooks: noHooks.context, without: plain };
    const times: Record<Side, number[]> = { with: [], withoutHooks: [], without: [] };
    for (let round = 0; round < rounds; round += 1) {
      for (const host of LENDER_HOSTS) {
        for (let i = 0; i < ORDER.length; i += 1) {
          const side = ORDER[(i + round) % ORDER.length] ?? 'with';
          times[side].push(await loadTime(contexts[side], server.url(host, '/')));
        }
      }
    }
    const [full, hooksless, bare] = [median(times.with), median(times.withoutHooks), median(times.without)];
    const verdict = (ratio: number) => `${ratio.toFixed(3)} (target ≤ ${TARGET_RATIO}) ${ratio <= TARGET_RATIO ? 'ok' : 'MISSED'}`;
    console.log(`page load, ${rounds} rounds × ${LENDER_HOSTS.length} lender sites, median load event end:`);
    console.log(`  extension ${full.toFixed(1)} ms, extension without page hooks ${hooksless.toFixed(1)} ms, plain ${bare.toFixed(1)} ms`);
    console.log(`  extension / plain: ${verdict(full / bare)}`);
    console.log(`  page hooks' share, extension / extension without hooks: ${verdict(full / hooksless)}`);
    const url = server.url(LENDER_HOSTS[0] ?? '', '/');
    const [hooked, native] = [await perCall(auditor.context, url), await perCall(plain, url)];
    console.log(`per call, ${CALLS.toLocaleString('en')} calls in a page:`);
    for (const name of Object.keys(PROBES)) {
      const [w, wo] = [hooked[name] ?? 0, native[name] ?? 0];
      console.log(`  ${name}: wrapped ${w.toFixed(0)} ns, native ${wo.toFixed(0)} ns, +${(w - wo).toFixed(0)} ns`);
    }
  } finally {
    await plain.close();
    await rm(profile, { recursive: true, force: true });
    await auditor.close();
    await noHooks.close();
    await rm(noHooksDir, { recursive: true, force: true });
    await server.close();
  }
}

await main();
