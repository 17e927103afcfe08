/**
 * The report's integrity hash: sha256 of the canonical JSON of { site, policy, observations,
 * findings }. It detects any change to the evidence after the report was written.
 */
import { Report } from '../schema/report';
import { sha256Hex } from '../util/sha256';
import { canonicalJson } from './canonical-json';

export type ReportBody = Pick<Report, 'site' | 'policy' | 'observations' | 'findings'>;

export type IntegrityVerdict = { ok: true } | { ok: false; reason: string };

export function integrityHash(body: ReportBody): Promise<string> {
  const { site, policy, observations, findings } = body;
  return sha256Hex(canonicalJson({ site, policy, observations, findings }));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Validates against the Report schema, then recomputes the hash over the fields exactly as given
 * (not as parsed: parsing drops unknown keys, and an added key is a change too).
 */
export async function verifyReportIntegrity(report: unknown): Promise<IntegrityVerdict> {
  const parsed = Report.safeParse(report);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `schema: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid report'}` };
  }
  if (!isRecord(report)) return { ok: false, reason: 'schema: report is not an object' };
  const expected = parsed.data.integrity.sha256;
  const actual = await sha256Hex(canonicalJson({
    site: report.site, policy: report.policy, observations: report.observations, findings: report.findings,
  }));
  if (actual !== expected) return { ok: false, reason: `integrity: content hashes to ${actual}, report claims ${expected}` };
  return { ok: true };
}
