import { describe, expect, it } from 'vitest';
import { defaultConcurrency, parseAuditArgs } from '../../../src/cli/audit/args';

const parse = (...argv: string[]) => parseAuditArgs(argv, 2);

describe('parseAuditArgs', () => {
  it('reads URLs and every documented option', () => {
    const result = parse('https://1kredit.kz/', 'kreditomat.kz', '--policy', 'p.txt', '--out', 'out', '--interact', '--headed',
      '--host-resolver-rules', 'MAP 1kredit.kz 127.0.0.1', '--ignore-certificate-errors', '--concurrency=3', '--shard', '2/4',
      '--lang', 'kk', '--urls-file', 'list.txt', '--extension', '/tmp/ext');
    expect(result).toEqual({ ok: true, help: false, args: {
      urls: ['https://1kredit.kz/', 'kreditomat.kz'], urlsFile: 'list.txt', policies: [{ site: null, file: 'p.txt' }], out: 'out',
      interact: true, headed: true, hostResolverRules: 'MAP 1kredit.kz 127.0.0.1', ignoreCertificateErrors: true, concurrency: 3,
      shard: { index: 2, count: 4 }, lang: 'kk', extensionDir: '/tmp/ext',
    } });
  });

  it('defaults: ./audit-reports, Russian, concurrency from the cores', () => {
    const result = parse('1kredit.kz');
    expect(result.ok && !result.help && result.args).toMatchObject({ out: 'audit-reports', lang: 'ru', concurrency: 2, interact: false, shard: null });
  });

  it('tells a site-specific policy from a plain file name', () => {
    const result = parse('a.kz', 'b.kz', '--policy', '1kredit.kz=./p/1.txt', '--policy', './p/plain.txt');
    expect(result.ok && !result.help && result.args.policies).toEqual([{ site: '1kredit.kz', file: './p/1.txt' }, { site: null, file: './p/plain.txt' }]);
  });

  it('takes everything after -- as URLs', () => {
    const result = parse('--interact', '--', '--not-a-flag.kz');
    expect(result.ok && !result.help && result.args.urls).toEqual(['--not-a-flag.kz']);
  });

  it.each([
    [['--frobnicate', 'a.kz'], /unknown option --frobnicate/],
    [['a.kz', '--out'], /--out needs a value/],
    [['a.kz', '--lang', 'de'], /--lang takes ru, kk or en/],
    [['a.kz', '--concurrency', '0'], /--concurrency takes a whole number/],
    [['a.kz', '--concurrency', '2.5'], /--concurrency takes a whole number/],
    [['a.kz', '--concurrency', '99'], /--concurrency takes a whole number/],
    [['a.kz', '--shard', '3/2'], /--shard takes i\/n/],
    [['a.kz', '--shard', '0/2'], /--shard takes i\/n/],
    [['a.kz', '--interact=yes'], /--interact takes no value/],
    [['--interact'], /no URL given/],
  ])('refuses %j', (argv, message) => {
    const result = parse(...argv);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(message);
  });

  it('answers --help', () => {
    expect(parse('--help')).toEqual({ ok: true, help: true });
  });
});

describe('defaultConcurrency', () => {
  it('follows the cores between 1 and 4', () => {
    expect([0, 1, 2, 3, 8, 64].map(defaultConcurrency)).toEqual([1, 1, 2, 3, 4, 4]);
  });
});
