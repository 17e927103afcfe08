/**
 * For every fixture lender: replay its scenario and check that the audit reports exactly the
 * deviations the fixture documents (tests/fixtures/sites/<host>/deviations.json), each with its
 * severity, and no high-severity finding the fixture does not document.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { Report } from '../../src/schema/report';
import { loadSiteScript, replay } from '../fixtures/scenario';
import { LENDER_HOSTS } from '../fixtures/server';
import { expect, tabIdOf, test } from './harness';

const Expected = z.object({
  site: z.string(),
  expected: z.array(z.object({ rule: z.string(), category: z.string(), severity: z.string(),
    alternatives: z.array(z.string()).optional(), why: z.string() })),
});

function loadDeviations(host: string) {
  return Expected.parse(JSON.parse(readFileSync(`tests/fixtures/sites/${host}/deviations.json`, 'utf8'))).expected;
}

for (const host of LENDER_HOSTS) {
  test(`the audit of ${host} reports the documented deviations and no undocumented high finding`, async ({ auditor, server }) => {
    const origin = server.url(host, '').replace(/\/$/, '');
    await auditor.context.grantPermissions(['geolocation'], { origin });
    const page = await auditor.context.newPage();
    await replay(page, origin, loadSiteScript(host).scenario);
    await page.waitForTimeout(1000);
    const tabId = await tabIdOf(auditor, page);
    const raw = await auditor.worker.evaluate((id) =>
      (globalThis as unknown as { auditorReport(id: number): Promise<unknown> }).auditorReport(id), tabId);
    const report = Report.parse(raw);
    const expected = loadDeviations(host);
    const matches = (rule: string, category: string) => (e: (typeof expected)[number]) =>
      e.category === category && (e.rule === rule || (e.alternatives ?? []).includes(rule));
    for (const deviation of expected) {
      const found = report.findings.filter((f) => matches(f.rule, f.category)(deviation));
      expect(found.length, `${deviation.rule} ${deviation.category}: ${deviation.why}`).toBeGreaterThan(0);
      expect(found.map((f) => f.severity), `${deviation.rule} ${deviation.category} severity`).toContain(deviation.severity);
    }
    const undocumented = report.findings.filter((f) => f.severity === 'high' && !expected.some(matches(f.rule, f.category)));
    expect(undocumented.map((f) => `${f.rule} ${f.category}: ${f.message.en}`)).toEqual([]);
    await page.close();
  });
}
