/** `policy parse`: argument parsing (pure) and exit codes of the real command. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePolicyCliArgs } from '../../../src/policy/cli-args';

const ROOT = join(import.meta.dirname, '../../..');

describe('parsePolicyCliArgs', () => {
  it('reads parse FILE with an optional --lang in either form', () => {
    expect(parsePolicyCliArgs(['parse', 'a.txt'])).toEqual({ ok: true, command: 'parse', file: 'a.txt', lang: 'auto' });
    expect(parsePolicyCliArgs(['parse', '--lang', 'kk', 'a.txt'])).toEqual({ ok: true, command: 'parse', file: 'a.txt', lang: 'kk' });
    expect(parsePolicyCliArgs(['parse', 'a.txt', '--lang=en'])).toEqual({ ok: true, command: 'parse', file: 'a.txt', lang: 'en' });
  });

  it.each([
    [[], /missing command/u], [['audit', 'a.txt'], /unknown command "audit"/u], [['parse'], /missing FILE/u],
    [['parse', 'a.txt', '--lang', 'de'], /--lang must be one of/u], [['parse', 'a.txt', '--lang'], /got nothing/u],
    [['parse', 'a.txt', '--verbose'], /unknown option "--verbose"/u], [['parse', 'a.txt', 'b.txt'], /unexpected argument "b.txt"/u],
  ])('%j is refused', (argv, message) => {
    const parsed = parsePolicyCliArgs(argv);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.message).toMatch(message);
  });
});

function runCli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/policy-cli.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('policy CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'policy-cli-'));
  const empty = join(dir, 'empty.txt');
  const binary = join(dir, 'data.bin');
  const recipe = join(dir, 'recipe.txt');
  writeFileSync(empty, '');
  writeFileSync(binary, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3, 0xff, 0xfe, 0, 0]));
  writeFileSync(recipe, 'Возьмите два яйца, стакан молока и муку. Жарьте блины на сковороде.\n');

  it.each([
    ['an empty file', [empty], /empty/u], ['a binary file', [binary], /binary/u], ['a non-policy text', [recipe], /not_policy/u],
    ['a missing file', [join(dir, 'missing.txt')], /cannot read/u], ['bad arguments', ['--lang', 'de'], /--lang must be one of/u],
  ])('exits 2 with one line on stderr for %s', (_what, args, message) => {
    const result = runCli('parse', ...args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
  });

  it('prints the parsed seed policy as JSON', () => {
    const result = runCli('parse', 'policies/kreditomat.kz/policy.txt');
    expect(result.status).toBe(0);
    const policy = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(policy)).toEqual(['source', 'sha256', 'languages', 'sections', 'declarations']);
    expect(policy).toMatchObject({ source: 'policies/kreditomat.kz/policy.txt', sha256: '186b28e0f9999cc639e6985a58ef444ad346c1b00cd49db14edd9f1db8d73089', languages: ['ru', 'kk'] });
  });
});
