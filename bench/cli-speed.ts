/**
 * Seconds per site for `npm run audit` on the five fixture lenders, measured side by side in one
 * run: serial and with two workers, each with a fresh Chromium per site and with one Chromium per
 * worker (cookies cleared between sites). Depth: load, network quiet (2 s within 15 s), scroll to
 * the bottom and back, report and screenshot; no --interact, which is what the EDPS Website
 * Evidence Collector does. Run: node --import tsx bench/cli-speed.ts [--rounds N]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Isolation } from '../src/cli/audit/browser-slot';
import { runAuditCli } from '../src/cli/audit/run';
import { LENDER_HOSTS, startFixtureServer } from '../tests/fixtures/server';

/** Published figures for the reference tool (EDPS WEC batch run); quoted, not measured here. */
const WEC_SERIAL_S_PER_URL = 8;
const WEC_FOUR_WORKERS_S_PER_URL = 2.8;

interface Config { name: string; concurrency: number; isolation: Isolation }
const CONFIGS: readonly Config[] = [
  { name: 'serial, one Chromium per worker', concurrency: 1, isolation: 'shared-profile' },
  { name: 'serial, fresh Chromium per site', concurrency: 1, isolation: 'fresh-profile' },
  { name: '2 workers, one Chromium per worker', concurrency: 2, isolation: 'shared-profile' },
  { name: '2 workers, fresh Chromium per site', concurrency: 2, isolation: 'fresh-profile' },
];

const roundsArg = process.argv.indexOf('--rounds');
const rounds = roundsArg > 0 ? Math.max(1, Number(process.argv[roundsArg + 1]) || 1) : 2;
const sink = { write: () => true };
const server = await startFixtureServer();
const urls = LENDER_HOSTS.map((host) => server.url(host));
const samples = new Map<string, number[]>(CONFIGS.map((c) => [c.name, []]));

try {
  // Rounds interleave the configurations, so a slow moment of the machine does not fall on one of them.
  for (let round = 0; round < rounds; round += 1) {
    for (const config of CONFIGS) {
      const out = mkdtempSync(join(tmpdir(), 'cli-bench-'));
      const started = performance.now();
      const code = await runAuditCli([...urls, '--out', out, '--concurrency', String(config.concurrency),
        '--host-resolver-rules', server.hostResolverRules, '--ignore-certificate-errors'],
      { stdout: sink, stderr: process.stderr, env: process.env, cpus: cpus().length }, { isolation: config.isolation });
      const seconds = (performance.now() - started) / 1000;
      rmSync(out, { recursive: true, force: true });
      if (code !== 0) throw new Error(`${config.name}: the audit exited ${code}`);
      samples.get(config.name)?.push(seconds);
    }
  }
} finally {
  await server.close();
}

const best = (values: readonly number[]) => Math.min(...values);
process.stdout.write(`CLI speed on ${urls.length} fixture sites, ${cpus().length} cores, best of ${rounds} round(s)\n`);
process.stdout.write('depth: load + network quiet (2 s within 15 s) + scroll down and back + report + screenshot; no --interact\n\n');
process.stdout.write(`${'configuration'.padEnd(38)}${'wall s'.padStart(8)}${'s / site'.padStart(10)}\n`);
for (const config of CONFIGS) {
  const wall = best(samples.get(config.name) ?? []);
  process.stdout.write(`${config.name.padEnd(38)}${wall.toFixed(1).padStart(8)}${(wall / urls.length).toFixed(2).padStart(10)}\n`);
}
process.stdout.write(`\nEDPS Website Evidence Collector, published figures (not measured here): about ${WEC_SERIAL_S_PER_URL} s per URL serial,\n`
  + `about ${WEC_FOUR_WORKERS_S_PER_URL} s per URL with four workers in a published batch run (same depth: load, wait, scroll).\n`);
