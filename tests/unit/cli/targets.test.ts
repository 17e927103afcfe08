import { describe, expect, it } from 'vitest';
import { parseTarget } from '../../../src/cli/audit/targets';
import { parseUrlList } from '../../../src/cli/audit/url-list';

describe('parseTarget', () => {
  it('keeps http(s) URLs and names the host and the registrable domain', () => {
    expect(parseTarget('https://www.1kredit.kz:8443/apply')).toEqual({ ok: true, target: {
      input: 'https://www.1kredit.kz:8443/apply', url: 'https://www.1kredit.kz:8443/apply', host: 'www.1kredit.kz', site: '1kredit.kz' } });
  });

  it('reads a bare host (with or without a port) as its https front page', () => {
    expect(parseTarget('kreditomat.kz')).toMatchObject({ ok: true, target: { url: 'https://kreditomat.kz/' } });
    expect(parseTarget('kreditomat.kz:8443')).toMatchObject({ ok: true, target: { url: 'https://kreditomat.kz:8443/' } });
  });

  it('turns other schemes and junk into per-site failures, not usage errors', () => {
    expect(parseTarget('ftp://1kredit.kz/')).toEqual({ ok: false, input: 'ftp://1kredit.kz/',
      message: 'is not a web address (ftp:); only http:// and https:// sites can be audited' });
    expect(parseTarget('javascript:alert(1)').ok).toBe(false);
    expect(parseTarget('http://').ok).toBe(false);
  });
});

describe('parseUrlList', () => {
  it('reads one URL a line, skipping blanks and # comments', () => {
    expect(parseUrlList('# lenders\nhttps://1kredit.kz/\n\n  kreditomat.kz   # the orange one\r\n#sminvest.kz\n')).toEqual([
      'https://1kredit.kz/', 'kreditomat.kz']);
  });
});
