/**
 * The command line end to end: `npm run audit` spawned for real against the fixture lenders, with the
 * fixture server's resolver rules. The built extension comes from AUDITOR_EXTENSION_DIR when set.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyReportIntegrity } from '../../src/report';
import { Report } from '../../src/schema/report';
import { expect, test } from './harness';

interface CliRun { code: number | null; stdout: string; stderr: string }

function audit(args: readonly string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'audit', '--', ...args], { cwd: process.cwd(), env: process.env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function readReport(dir: string, host: string): Report {
  return Report.parse(JSON.parse(readFileSync(join(dir, `${host}.json`), 'utf8')));
}

/** A port nothing listens on: the site there is down. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

test('--interact catches key logging; a down site, a bad URL and a policy-less site each get a clear line', async ({ server }) => {
  test.setTimeout(150_000);
  const out = mkdtempSync(join(tmpdir(), 'cli-e2e-'));
  const down = `https://kreditomat.kz:${await closedPort()}/`;
  const run = await audit([server.url('1kredit.kz'), down, 'ftp://1kredit.kz/', server.url('tezqarjy.kz'), '--interact', '--out', out,
    '--concurrency', '2', '--host-resolver-rules', server.hostResolverRules, '--ignore-certificate-errors']);
  expect(run.code, run.stderr).toBe(1);

  const report = readReport(out, '1kredit.kz');
  expect(await verifyReportIntegrity(report)).toEqual({ ok: true });
  expect(report.policy?.origin).toBe('bundled');
  const leaks = report.findings.filter((f) => f.rule === 'form_data_leak');
  const leakHosts = leaks.flatMap((f) => f.observationIds)
    .map((id) => report.observations.find((o) => o.id === id)?.thirdParty?.domain);
  expect(leakHosts).toContain('mc.yandex.ru');
  expect(leaks.map((f) => f.category)).toEqual(expect.arrayContaining(['national_id', 'phone', 'bank_card']));
  expect(readFileSync(join(out, '1kredit.kz.html'), 'utf8')).toContain('src="data:image/png;base64,');

  expect(run.stdout).toMatch(/kreditomat\.kz: NOT AUDITED: the connection was refused: the site is down/);
  expect(run.stdout).toMatch(/ftp:\/\/1kredit\.kz\/: NOT AUDITED: .*only http:\/\/ and https:\/\/ sites can be audited/);
  expect(existsSync(join(out, 'kreditomat.kz.json'))).toBe(false);

  const policyless = readReport(out, 'tezqarjy.kz');
  expect(policyless.policy).toBeNull();
  expect(run.stdout).toMatch(/tezqarjy\.kz: .*no policy known/);
  expect(run.stdout).toContain('«Заказать обратный звонок» (asks for a call)');
  expect(run.stdout).toContain('«Подтвердить номер по SMS» (sends a code by SMS or e-mail)');
  expect(run.stdout).toMatch(/^site\s+high\s+medium\s+low\s+top finding$/m);
});

test('--policy FILE is attached for the site and the report says it came from the command line', async ({ server }) => {
  test.setTimeout(90_000);
  const out = mkdtempSync(join(tmpdir(), 'cli-e2e-'));
  const policy = join(out, 'policy.txt');
  writeFileSync(policy, readFileSync('policies/kreditomat.kz/policy.txt'));
  const run = await audit([server.url('kreditomat.kz'), '--policy', policy, '--out', out, '--lang', 'en',
    '--host-resolver-rules', server.hostResolverRules, '--ignore-certificate-errors']);
  expect(run.code, run.stderr).toBe(0);
  const report = readReport(out, 'kreditomat.kz');
  expect(report.policy?.origin).toBe('cli');
  expect(report.policy?.source).toBe(policy);
  expect(await verifyReportIntegrity(report)).toEqual({ ok: true });
  expect(readFileSync(join(out, 'kreditomat.kz.html'), 'utf8')).toMatch(/<html lang="en">/);
  expect(run.stdout).toMatch(/kreditomat\.kz: \d+ high, \d+ medium, \d+ low; policy cli; top: /);
});

test('--shard 2/2 audits only its half of the sorted URL list', async ({ server }) => {
  test.setTimeout(90_000);
  const out = mkdtempSync(join(tmpdir(), 'cli-e2e-'));
  const list = join(out, 'urls.txt');
  // Sorted: ftp://a.kz/, ftp://b.kz/, https://100tenge.kz…, https://sminvest.kz… → shard 2 takes the 2nd and 4th.
  writeFileSync(list, `# shard test\n${server.url('sminvest.kz')}\nftp://a.kz/\n${server.url('100tenge.kz')}\nftp://b.kz/\n`);
  const run = await audit(['--urls-file', list, '--shard', '2/2', '--out', out,
    '--host-resolver-rules', server.hostResolverRules, '--ignore-certificate-errors']);
  expect(run.code, run.stderr).toBe(1);
  expect(existsSync(join(out, 'sminvest.kz.json'))).toBe(true);
  expect(existsSync(join(out, '100tenge.kz.json'))).toBe(false);
  expect(run.stdout).toContain('ftp://b.kz/: NOT AUDITED');
  expect(run.stdout).not.toContain('ftp://a.kz/');
});

test('bad arguments exit 2 with one line on stderr and audit nothing', async () => {
  const run = await audit(['https://1kredit.kz/', '--concurrency', 'lots']);
  expect(run.code).toBe(2);
  expect(run.stderr).toBe('audit: --concurrency takes a whole number from 1 to 16, not "lots" (see --help)\n');
  expect(run.stdout).toBe('');
});
