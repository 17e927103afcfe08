import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAuditCli, type RunIo } from '../../../src/cli/audit/run';

/** Usage errors stop before any browser starts: one line on stderr, exit status 2. */
async function run(...argv: string[]): Promise<{ code: number; stderr: string; stdout: string }> {
  let stderr = '';
  let stdout = '';
  const io: RunIo = { stdout: { write: (t: string) => { stdout += t; } }, stderr: { write: (t: string) => { stderr += t; } }, env: {}, cpus: 2 };
  const code = await runAuditCli(argv, io);
  return { code, stderr, stdout };
}

describe('runAuditCli usage errors', () => {
  it.each([
    [['--bogus', 'https://1kredit.kz/'], /^audit: unknown option --bogus \(see --help\)\n$/],
    [[], /^audit: no URL given/],
    [['https://a.kz/', 'https://b.kz/', '--policy', 'policies/1kredit.kz/policy.txt'], /is for a single site; with several sites write --policy SITE=/],
    [['https://a.kz/', '--policy', 'b.kz=policies/1kredit.kz/policy.txt'], /names a site that is not among the URLs/],
    [['https://a.kz/', '--policy', '/nonexistent/policy.txt'], /cannot read --policy/],
    [['--urls-file', '/nonexistent/urls.txt'], /cannot read --urls-file/],
    [['https://a.kz/', '--extension', '/nonexistent/ext'], /holds no built extension/],
  ])('%j exits 2 with one line', async (argv, message) => {
    const result = await run(...argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses a --policy file that is not a privacy policy', async () => {
    const file = join(tmpdir(), `not-a-policy-${process.pid}.txt`);
    writeFileSync(file, 'Купите наш чайник! Скидка 20% только сегодня.\n');
    const result = await run('https://a.kz/', '--policy', file);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/is not a usable privacy policy/);
  });

  it('prints the usage for --help and exits 0', async () => {
    const result = await run('--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^usage: npm run --silent audit -- URL\.\.\./);
  });
});
