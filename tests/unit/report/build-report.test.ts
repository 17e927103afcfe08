import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/report/build-report';
import { canonicalJson } from '../../../src/report/canonical-json';
import { verifyReportIntegrity } from '../../../src/report/integrity';
import { Report } from '../../../src/schema/report';
import { sha256Hex } from '../../../src/util/sha256';
import { sampleInput, sampleReport } from './sample-report';

/** A deep copy through JSON, as a report read back from disk would be. */
function reread(report: Report): Record<string, unknown> {
  return JSON.parse(JSON.stringify(report)) as Record<string, unknown>;
}

describe('buildReport', () => {
  it('produces a schema-valid report of the interfaces.md shape', async () => {
    const report = await sampleReport();
    expect(Report.parse(report)).toEqual(report);
    expect(report.schemaVersion).toBe(1);
    expect(Object.keys(report.policy ?? {}).sort()).toEqual(['declarations', 'languages', 'origin', 'sha256', 'source']);
  });

  it('hashes the canonical JSON of site, policy, observations and findings', async () => {
    const report = await sampleReport();
    const { site, policy, observations, findings } = report;
    expect(report.integrity.sha256).toBe(await sha256Hex(canonicalJson({ site, policy, observations, findings })));
  });

  it('accepts a report without a policy', async () => {
    const report = await buildReport({ ...sampleInput(), policy: null });
    expect(report.policy).toBeNull();
    expect(await verifyReportIntegrity(report)).toEqual({ ok: true });
  });

  it('rejects input that breaks the schema', async () => {
    const input = sampleInput();
    await expect(buildReport({ ...input, site: { ...input.site, auditedAt: 'yesterday' } })).rejects.toThrow();
  });
});

describe('verifyReportIntegrity', () => {
  it('verifies a round trip through JSON text', async () => {
    expect(await verifyReportIntegrity(JSON.parse(JSON.stringify(await sampleReport())))).toEqual({ ok: true });
  });

  it('does not care about key order', async () => {
    const report = reread(await sampleReport());
    const reversed = Object.fromEntries(Object.entries(report).reverse());
    expect(await verifyReportIntegrity(reversed)).toEqual({ ok: true });
  });

  const tamperings: [string, (r: Report) => void][] = [
    ['a policy quote', (r) => { const d = r.policy?.declarations[0]; if (d) d.quote = `${d.quote}.`; }],
    ['an observation URL', (r) => { const o = r.observations.find((x) => x.detail.kind === 'request'); if (o?.detail.kind === 'request') o.detail.url += 'x'; }],
    ['a finding severity', (r) => { const f = r.findings[0]; if (f) f.severity = f.severity === 'high' ? 'medium' : 'high'; }],
    ['a message', (r) => { const f = r.findings[0]; if (f) f.message.kk = f.message.kk.replace('а', 'ә'); }],
    ['the audit date', (r) => { r.site.auditedAt = '2025-05-01T10:00:01.000Z'; }],
  ];
  for (const [what, tamper] of tamperings) {
    it(`fails when ${what} changes`, async () => {
      const report = await sampleReport();
      const before = canonicalJson(report);
      tamper(report);
      expect(canonicalJson(report)).not.toBe(before);
      const verdict = await verifyReportIntegrity(report);
      expect(verdict.ok).toBe(false);
      expect(verdict.ok ? '' : verdict.reason).toMatch(/^integrity:/);
    });
  }

  it('fails when a key is added that the schema does not know', async () => {
    const report = reread(await sampleReport());
    const site = report.site as Record<string, unknown>;
    site.note = 'added later';
    expect((await verifyReportIntegrity(report)).ok).toBe(false);
  });

  it('reports schema violations before hashing', async () => {
    const report = reread(await sampleReport());
    report.schemaVersion = 2;
    const verdict = await verifyReportIntegrity(report);
    expect(verdict.ok ? '' : verdict.reason).toMatch(/^schema: schemaVersion/);
  });
});
