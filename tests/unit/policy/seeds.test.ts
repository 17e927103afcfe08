/** The five seed policies against hand-made labels (tests/unit/policy/labels, written from reading the texts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../../../src/categories';
import { isVerbatimQuote, parsePolicy, summarizeDeclarations } from '../../../src/policy/index';
import { declarationsOf, parse } from './helpers';

const ROOT = join(import.meta.dirname, '../../..');
const SEEDS = ['1kredit.kz', 'kreditomat.kz', 'idcollect.kz', '100tenge.kz', 'sminvest.kz'];

function seedText(site: string): string {
  return readFileSync(join(ROOT, 'policies', site, 'policy.txt'), 'utf8');
}

function labels(site: string): Record<string, string> {
  const parsed = JSON.parse(readFileSync(join(import.meta.dirname, 'labels', `${site}.json`), 'utf8')) as { expected: Record<string, string> };
  return parsed.expected;
}

describe.each(SEEDS)('seed policy %s', (site) => {
  const text = seedText(site);
  const parsed = parse(text);

  it('has a hand label for every category', () => {
    expect(Object.keys(labels(site)).sort()).toEqual([...CATEGORY_IDS].sort());
  });

  it('summarises to exactly the hand labels', () => {
    const summary = summarizeDeclarations(parsed.policy);
    const actual = Object.fromEntries(CATEGORY_IDS.map((id) => [id, summary.get(id) ?? 'silent']));
    expect(actual).toEqual(labels(site));
  });

  it('quotes verbatim, at most 400 characters', () => {
    expect(parsed.policy.declarations.length).toBeGreaterThan(5);
    for (const d of parsed.policy.declarations) {
      expect(isVerbatimQuote(text, d.quote), d.quote).toBe(true);
      expect(d.quote.length).toBeLessThanOrEqual(400);
    }
  });

  it('hashes the file as published', async () => {
    const source = JSON.parse(readFileSync(join(ROOT, 'policies', site, 'source.json'), 'utf8')) as { sha256: string };
    const result = await parsePolicy(text, { source: site });
    expect(result.ok && result.policy.sha256).toBe(source.sha256);
  });
});

describe('seed spot checks', () => {
  it('1kredit: camera comes from 2.4 with the user-discretion condition', () => {
    const [camera] = declarationsOf(parse(seedText('1kredit.kz')), 'camera');
    expect(camera).toMatchObject({ section: '2.4', status: 'conditional', condition: 'на свое усмотрение', quote: 'возможность получать изображения с камеры устройства.' });
  });

  it('1kredit: the list of 2.3 yields one declaration per item, quoted as the item', () => {
    const parsed = parse(seedText('1kredit.kz'));
    expect(declarationsOf(parsed, 'citizenship')).toEqual([expect.objectContaining({ quote: 'гражданство', section: '2.3' })]);
    expect(declarationsOf(parsed, 'ip_address')[0]).toMatchObject({ quote: 'IP-адрес (при необходимости)', status: 'conditional', condition: 'при необходимости' });
  });

  it('1kredit: a clause numbered 3.2.7 under heading 4 keeps its own number', () => {
    const geolocation = declarationsOf(parse(seedText('1kredit.kz')), 'geolocation');
    expect(geolocation.map((d) => d.section)).toContain('3.2.7');
  });

  it('kreditomat: both halves are parsed, cross-border consent found in each language outside any section', () => {
    const parsed = parse(seedText('kreditomat.kz'));
    expect(parsed.policy.languages).toEqual(['ru', 'kk']);
    const crossBorder = declarationsOf(parsed, 'cross_border_transfer');
    expect(crossBorder.map((d) => [d.language, d.section])).toEqual([['ru', null], ['kk', null]]);
    expect(declarationsOf(parsed, 'camera').find((d) => d.language === 'kk')?.quote).toBe('құрылғы камерасынан суреттемелер алу мүмкіндігі');
  });

  it('idcollect: items numbered 2.2.4 and 5.2 list data; the operator e-mail in 6.7 is not declared data', () => {
    const parsed = parse(seedText('idcollect.kz'));
    expect(declarationsOf(parsed, 'purpose_advertising')[0]?.section).toBe('2.2.4');
    const emails = declarationsOf(parsed, 'email');
    expect(emails.length).toBeGreaterThan(0);
    expect(emails.filter((d) => d.quote.includes('info@'))).toEqual([]);
  });

  it('100tenge: broken item numbers «3(» and «4)» are sections', () => {
    const parsed = parse(seedText('100tenge.kz'));
    expect(declarationsOf(parsed, 'purpose_advertising')[0]?.section).toBe('4)');
    expect(parsed.policy.sections.map((s) => s.number)).toContain('3(');
  });
});
