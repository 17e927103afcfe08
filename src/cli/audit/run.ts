/**
 * `npm run audit`: arguments → targets → one browser per worker → reports and a summary table.
 * Returns the exit status (0 all audited, 1 a site not audited, 2 bad arguments) instead of exiting,
 * so scripts/demo.ts and the benchmark run the very same path.
 */
import { readFile } from 'node:fs/promises';
import { cpus as osCpus } from 'node:os';
import { randomUUID } from 'node:crypto';
import { findChromium } from '../find-chromium';
import { launchAuditBrowser } from '../launch';
import { parseAuditArgs, type AuditArgs } from './args';
import { auditSite } from './audit-site';
import { createBrowserSlot, type Isolation } from './browser-slot';
import { ensureExtension } from './ensure-extension';
import { describeInteraction } from './interact/log';
import { loadPolicies, type PolicyText } from './policies';
import { runPool } from './pool';
import { createProgress, type Output } from './progress';
import { pickShard } from './shard';
import { siteLine, summarise, summaryTable, type SummaryRow } from './summary';
import { parseTarget, type Target } from './targets';
import { parseUrlList } from './url-list';
import { USAGE } from './usage';
import { writeReport } from './write-report';

export interface RunIo { stdout: Output; stderr: Output; env: NodeJS.ProcessEnv; cpus: number }
export interface RunTuning { isolation: Isolation }

/** Measured by bench/cli-speed.ts: see the numbers there before changing it. */
export const ISOLATION: Isolation = 'shared-profile';

const defaultIo = (): RunIo => ({ stdout: process.stdout, stderr: process.stderr, env: process.env, cpus: osCpus().length });

function usageError(io: RunIo, message: string): number {
  io.stderr.write(`audit: ${message} (see --help)\n`);
  return 2;
}

async function collectInputs(args: AuditArgs): Promise<{ ok: true; inputs: string[] } | { ok: false; message: string }> {
  if (args.urlsFile === null) return { ok: true, inputs: args.urls };
  try {
    return { ok: true, inputs: [...args.urls, ...parseUrlList(await readFile(args.urlsFile, 'utf8'))] };
  } catch (error) {
    return { ok: false, message: `cannot read --urls-file ${args.urlsFile}: ${error instanceof Error ? error.message : String(error)}` };
  }
}

export async function runAuditCli(argv: readonly string[], io: RunIo = defaultIo(), tuning: RunTuning = { isolation: ISOLATION }): Promise<number> {
  const parsed = parseAuditArgs(argv, io.cpus);
  if (!parsed.ok) return usageError(io, parsed.message);
  if (parsed.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const args = parsed.args;
  const collected = await collectInputs(args);
  if (!collected.ok) return usageError(io, collected.message);
  if (collected.inputs.length === 0) return usageError(io, `--urls-file ${args.urlsFile ?? ''} lists no URL`);

  // One audit per host: the output files are named by it, and a second visit would mix observations.
  const seen = new Set<string>();
  const unique = collected.inputs.filter((input) => !seen.has(input.trim()) && seen.add(input.trim()));
  const mine = args.shard ? pickShard(unique, (input) => input.trim(), args.shard) : unique;
  const parsedTargets = mine.map(parseTarget);
  const hosts = new Set<string>();
  const targets: Target[] = [];
  const rows: SummaryRow[] = [];
  for (const result of parsedTargets) {
    if (!result.ok) rows.push({ host: result.input, ok: false, message: `${result.input} ${result.message}` });
    else if (hosts.has(result.target.host)) io.stderr.write(`audit: ${result.target.input}: ${result.target.host} is already in the list; audited once\n`);
    else {
      hosts.add(result.target.host);
      targets.push(result.target);
    }
  }
  const policies = await loadPolicies(args.policies, new Set(targets.map((t) => t.site)));
  if (!policies.ok) return usageError(io, policies.message);
  const extension = await ensureExtension(args.extensionDir ?? io.env.AUDITOR_EXTENSION_DIR ?? null, (line) => io.stderr.write(`${line}\n`));
  if (!extension.ok) {
    if (extension.usage) return usageError(io, extension.message);
    io.stderr.write(`audit: ${extension.message}\n`);
    return 1;
  }
  const chromium = findChromium(io.env);
  if (!chromium.ok && targets.length > 0) {
    io.stderr.write(`audit: ${chromium.message}\n`);
    return 1;
  }
  return auditAll({ args, targets, rows, bySite: policies.bySite, extensionDir: extension.dir, io, isolation: tuning.isolation });
}

interface RunPlan {
  args: AuditArgs; targets: Target[]; rows: SummaryRow[]; bySite: Map<string, PolicyText>; extensionDir: string; io: RunIo; isolation: Isolation;
}

async function auditAll(plan: RunPlan): Promise<number> {
  const { args, io } = plan;
  const progress = createProgress(plan.targets.length + plan.rows.length, io.stdout, io.stderr);
  for (const row of plan.rows) if (!row.ok) progress.finished(row.host, `${row.host}: NOT AUDITED: ${row.message}`);
  const launch = () => launchAuditBrowser({ extensionDir: plan.extensionDir, headless: !args.headed,
    hostResolverRules: args.hostResolverRules ?? undefined, ignoreCertificateErrors: args.ignoreCertificateErrors });
  const slots = Array.from({ length: args.concurrency }, () => createBrowserSlot(launch, plan.isolation));
  const results = new Map<Target, SummaryRow>();
  const runId = randomUUID();
  await runPool(plan.targets, args.concurrency, async (target, worker) => {
    progress.started(target.host);
    const result = await slots[worker]?.use((browser) => auditSite(browser, target,
      { interact: args.interact, policy: plan.bySite.get(target.site) ?? null, runId }))
      .catch((error: unknown) => ({ ok: false as const, target, message: `the browser failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` }));
    if (!result || !result.ok) {
      const message = result?.message ?? 'no browser slot';
      results.set(target, { host: target.host, ok: false, message });
      progress.finished(target.host, `${target.host}: NOT AUDITED: ${message}`);
      return;
    }
    await writeReport(args.out, target.host, result.report, args.lang, result.screenshotDataUrl);
    results.set(target, { host: target.host, ok: true, summary: summarise(result.report) });
    progress.finished(target.host, siteLine(target.host, result.report, args.lang));
    if (result.interaction) progress.detail(`interact: ${describeInteraction(result.interaction)}`);
  });
  await Promise.all(slots.map((slot) => slot.close()));
  progress.close();
  const rows = [...plan.rows, ...plan.targets.flatMap((t) => results.get(t) ?? [])];
  io.stdout.write(`\n${summaryTable(rows, args.lang)}\n\nreports in ${args.out}/ (high/medium/low count undeclared, vague and contradicted findings)\n`);
  return rows.every((row) => row.ok) ? 0 : 1;
}
