import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { discoverPolicy } from '../../../src/discovery/discover';
import type { PolicyLink } from '../../../src/schema/discovery';
import { buildDocx } from '../../fixtures/discovery/docx';
import { htmlPage, scriptedFetch } from './helpers';

const text = (name: string) => readFileSync(`tests/fixtures/discovery/texts/${name}`, 'utf8');
const asHtml = (t: string) => htmlPage(`<main>${t.split('\n').map((l) => `<p>${l}</p>`).join('')}</main>`);
const PAGE = 'https://aqshatez.kz/';
const footer = (text: string, href: string): PolicyLink => ({ text, href, area: 'footer' });

describe('discovering a site’s policy', () => {
  it('merges the footer’s policy and consent pages, each remembered by address', async () => {
    const net = scriptedFetch({
      'https://aqshatez.kz/privacy': { body: asHtml(text('aqsha-policy.txt')) },
      'https://aqshatez.kz/soglasie': { body: asHtml(text('aqsha-consent.txt')) },
    });
    const outcome = await discoverPolicy(PAGE, [footer('Согласие на обработку персональных данных', 'https://aqshatez.kz/soglasie'),
      footer('Политика конфиденциальности', 'https://aqshatez.kz/privacy')], net);
    expect(outcome.status).toBe('found');
    if (outcome.status !== 'found') return;
    expect(outcome.documents.map((d) => [d.url, d.kind])).toEqual([['https://aqshatez.kz/privacy', 'policy'], ['https://aqshatez.kz/soglasie', 'consent']]);
    expect(outcome.documents[0]?.text.startsWith('Политика конфиденциальности ТОО')).toBe(true);
    expect(net.asked.sort()).toEqual(['https://aqshatez.kz/privacy', 'https://aqshatez.kz/soglasie']);
  });

  it('reads a DOCX linked from the footer and a policy on another site the link names', async () => {
    const net = scriptedFetch({ 'https://cdn.qarjy-group.kz/saiasat.docx': { type: 'application/octet-stream', body: buildDocx(text('qarjy-policy.txt')) } });
    const outcome = await discoverPolicy('https://qarjynesie.kz/', [footer('Құпиялылық саясаты', 'https://cdn.qarjy-group.kz/saiasat.docx')], net);
    expect(outcome).toMatchObject({ status: 'found', documents: [{ url: 'https://cdn.qarjy-group.kz/saiasat.docx', kind: 'policy' }] });
  });

  it('with no link, tries the usual addresses on the site’s own origin and uses the first that is a policy', async () => {
    const net = scriptedFetch({ 'https://aqshatez.kz/privacy': { body: asHtml(text('aqsha-policy.txt')) },
      'https://aqshatez.kz/policy': { body: asHtml(text('tenge-policy.txt')) } });
    const outcome = await discoverPolicy('https://aqshatez.kz/zaim?utm=1', [], net);
    expect(outcome).toMatchObject({ status: 'found', documents: [{ url: 'https://aqshatez.kz/privacy' }] });
    expect(net.asked.every((url) => url.startsWith('https://aqshatez.kz/'))).toBe(true);
  });

  it('says what failed when nothing is usable, and never fetches a link into the local network', async () => {
    const net = scriptedFetch({
      'https://aqshatez.kz/privacy': { body: htmlPage('<form><input type="password"></form>') },
      'https://aqshatez.kz/docs/policy.pdf': { type: 'application/pdf', body: new Uint8Array(readFileSync('tests/fixtures/discovery/files/scanned.pdf')) },
    });
    const outcome = await discoverPolicy(PAGE, [footer('Политика конфиденциальности', '/privacy'),
      footer('Политика обработки персональных данных', '/docs/policy.pdf'), footer('Privacy policy', 'http://192.168.1.1/privacy')], net);
    expect(outcome.status).toBe('not-found');
    if (outcome.status !== 'not-found') return;
    expect(outcome.linksSeen).toBe(2);
    expect(outcome.tried.slice(0, 2)).toEqual([
      { url: 'https://aqshatez.kz/privacy', problem: { code: 'login_wall' } },
      { url: 'https://aqshatez.kz/docs/policy.pdf', problem: { code: 'no_text_layer' } },
    ]);
    expect(outcome.tried.slice(2).every((a) => a.problem.code === 'http_error')).toBe(true);
    expect(net.asked.some((url) => url.includes('192.168'))).toBe(false);
  });

  it('asks the auditor when two different policies in one language rank alike', async () => {
    const net = scriptedFetch({ 'https://aqshatez.kz/privacy-2023': { body: asHtml(text('aqsha-policy.txt')) },
      'https://aqshatez.kz/privacy-2025': { body: asHtml(text('tenge-policy.txt').split('\n\nДербес')[0] ?? '') } });
    const outcome = await discoverPolicy(PAGE, [footer('Политика конфиденциальности', '/privacy-2023'), footer('Политика конфиденциальности', '/privacy-2025')], net);
    expect(outcome).toMatchObject({ status: 'choose', candidates: [{ url: 'https://aqshatez.kz/privacy-2023' }, { url: 'https://aqshatez.kz/privacy-2025' }] });
  });

  it('merges a translation instead of asking', async () => {
    const net = scriptedFetch({ 'https://qarjynesie.kz/ru/privacy': { body: asHtml(text('aqsha-policy.txt')) },
      'https://qarjynesie.kz/kk/privacy': { body: asHtml(text('qarjy-policy.txt')) } });
    const outcome = await discoverPolicy('https://qarjynesie.kz/', [footer('Политика конфиденциальности', '/ru/privacy'), footer('Құпиялылық саясаты', '/kk/privacy')], net);
    expect(outcome).toMatchObject({ status: 'found', documents: [{ url: 'https://qarjynesie.kz/ru/privacy' }, { url: 'https://qarjynesie.kz/kk/privacy' }] });
  });
});
