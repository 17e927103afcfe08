/** Assembling the exported report (shared spec: interfaces.md) and sealing it with its integrity hash. */
import * as z from 'zod/mini';
import { lazySchema } from '../schema/lazy-schema';
import type { Observation } from '../schema/observation';
import type { ParsedPolicy } from '../schema/policy';
import { Report, type Finding } from '../schema/report';
import { integrityHash } from './integrity';

type ReportPolicy = NonNullable<Report['policy']>;

export interface ReportInput {
  site: Report['site'];
  policy: (ParsedPolicy & { origin: ReportPolicy['origin'] }) | null;
  observations: Observation[];
  findings: Finding[];
}

const ReportBodySchema = lazySchema(() => z.pick(Report, { site: true, policy: true, observations: true, findings: true }));

/** The report keeps what the policy declares and where it came from; section offsets stay in the parser. */
function reportPolicy(policy: ReportInput['policy']): ReportPolicy | null {
  if (policy === null) return null;
  const { source, origin, sha256, languages, declarations } = policy;
  return { source, origin, sha256, languages, declarations };
}

/**
 * Validates the parts first, so the hash covers exactly what the report holds (zod drops keys
 * the schema does not know), then seals them. Throws when the input breaks the schema.
 */
export async function buildReport(input: ReportInput): Promise<Report> {
  const body = ReportBodySchema.parse({
    site: input.site,
    policy: reportPolicy(input.policy),
    observations: input.observations,
    findings: input.findings,
  });
  return Report.parse({ schemaVersion: 1, ...body, integrity: { sha256: await integrityHash(body) } });
}
