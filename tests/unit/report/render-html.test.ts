import { describe, expect, it } from 'vitest';
import { evaluateFindings } from '../../../src/audit';
import { buildReport } from '../../../src/report/build-report';
import { renderReportHtml } from '../../../src/report/render-html';
import { PAGE_URL, declaration, formField, observation, party, policy, request } from '../audit/factories';
import { POLICY_SHA, sampleInput, sampleReport } from './sample-report';

const SCRIPT = '<script>alert(1)</script>';

async function hostileReport() {
  const input = sampleInput();
  const observations = [
    ...input.observations,
    formField('national_id', `ИИН ${SCRIPT}`),
    request(party('evil.example', `"><img src=x onerror=alert(2)>`, 'RU', 'advertising')),
    observation({ kind: 'consent_checkbox', category: 'personal_data_generic', label: `<a href="https://evil.example">${SCRIPT}</a>`, prechecked: true, selector: '#c' }),
  ];
  const hostilePolicy = { ...policy([declaration('email', 'declared', `</blockquote>${SCRIPT}`, '1<2')]), origin: 'discovered' as const };
  return buildReport({
    site: { ...input.site, host: `<iframe src="https://evil.example">`, browser: SCRIPT },
    policy: hostilePolicy,
    observations,
    findings: evaluateFindings({ observations, policy: hostilePolicy, pageUrl: PAGE_URL }),
  });
}

describe('renderReportHtml', () => {
  it('shows the top finding message, the policy hash and the integrity hash', async () => {
    const report = await sampleReport();
    const html = renderReportHtml(report, { lang: 'ru' });
    const top = report.findings[0];
    expect(top?.severity).toBe('high');
    expect(top?.message.ru).not.toMatch(/[&<>"']/);
    expect(html).toContain(top?.message.ru);
    expect(html).toContain(POLICY_SHA);
    expect(html).toContain(report.integrity.sha256);
  });

  it('escapes every string that came from the site', async () => {
    const html = renderReportHtml(await hostileReport(), { lang: 'en' });
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img src=x/i);
    expect(html).not.toMatch(/<iframe/i);
    expect(html).not.toMatch(/<a href/i);
    expect(html).not.toContain('</blockquote><');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(html).toContain('1&lt;2');
  });

  it('is self-contained: no script, no link, no external URL in markup or CSS', async () => {
    const html = renderReportHtml(await hostileReport());
    expect(html).not.toMatch(/<(script|link|iframe|object|embed)\b/i);
    expect(html).not.toMatch(/\b(src|href)\s*=\s*["']?(https?:|\/\/)/i);
    expect(html).not.toMatch(/url\(|@import/i);
  });

  it('is laid out for A4 printing with cards that do not split', async () => {
    const html = renderReportHtml(await sampleReport());
    expect(html).toMatch(/@page\s*{\s*size:\s*A4/);
    expect(html).toMatch(/\.card\s*{[^}]*break-inside:\s*avoid/);
  });

  it('groups findings from high to low and lists consistent and not-observed ones', async () => {
    const report = await sampleReport();
    const html = renderReportHtml(report, { lang: 'en' });
    const firstOf = (severity: string) => {
      const finding = report.findings.find((f) => f.severity === severity && f.status !== 'consistent');
      return finding ? html.indexOf(finding.id) : -1;
    };
    expect(firstOf('high')).toBeGreaterThan(0);
    expect(firstOf('high')).toBeLessThan(firstOf('medium'));
    expect(html).toContain('Consistent with the policy');
    expect(html).toContain('Declared but not observed');
    expect(html).toContain('<html lang="en">');
  });

  it('prints each quote with its section, and a silence statement where there is none', async () => {
    const html = renderReportHtml(await sampleReport(), { lang: 'ru' });
    expect(html).toContain('п. 9.3');
    expect(html).toContain('Все данные, предоставляемые Пользователем, передаются по зашифрованному каналу HTTPS');
    expect(html).toContain('Политика не упоминает категорию «Запись сессии»');
  });

  it('says the policy is unknown when there is none', async () => {
    const input = sampleInput();
    const report = await buildReport({ ...input, policy: null, findings: evaluateFindings({ observations: input.observations, policy: null, pageUrl: PAGE_URL }) });
    expect(renderReportHtml(report, { lang: 'kk' })).toContain('Құпиялылық саясаты белгісіз');
  });

  it('embeds a raster screenshot data URL and ignores anything else', async () => {
    const report = await sampleReport();
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    expect(renderReportHtml(report, { screenshotDataUrl: png })).toContain(`src="${png}"`);
    const svg = renderReportHtml(report, { screenshotDataUrl: 'data:image/svg+xml;base64,PHN2Zz4=' });
    expect(svg).not.toContain('<img');
  });
});
