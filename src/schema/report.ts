/** Findings and the exported report (shared spec: interfaces.md). JSON Schema is generated from here. */
import * as z from 'zod/mini';
import { CategoryId } from '../categories';
import { lazySchema } from './lazy-schema';
import { Declaration, Language } from './policy';
import { Observation } from './observation';

export const RULE_IDS = [
  'undeclared_collection', 'vague_declaration', 'undeclared_third_party', 'undeclared_cross_border',
  'undeclared_advertising', 'undeclared_analytics', 'form_data_leak', 'insecure_transmission',
  'permission_without_gesture', 'prechecked_consent', 'declared_not_observed',
] as const;
export const RuleId = lazySchema(() => z.enum(RULE_IDS));
export type RuleId = z.infer<typeof RuleId>;

export const Severity = lazySchema(() => z.enum(['high', 'medium', 'low', 'info']));
export type Severity = z.infer<typeof Severity>;

export const FindingStatus = lazySchema(() => z.enum(['undeclared', 'vague', 'contradicted', 'consistent', 'not_observed']));
export type FindingStatus = z.infer<typeof FindingStatus>;

export const Message = lazySchema(() => z.object({ ru: z.string(), kk: z.string(), en: z.string() }));
export type Message = z.infer<typeof Message>;

export const PolicyQuote = lazySchema(() => z.object({ quote: z.string(), section: z.nullable(z.string()) }));

export const Finding = lazySchema(() => z.object({
  id: z.string(),
  rule: RuleId,
  severity: Severity,
  status: FindingStatus,
  category: CategoryId,
  observationIds: z.array(z.string()),
  policyQuotes: z.array(PolicyQuote),
  /** True when the policy says nothing that bears on the finding: the silence is the evidence. */
  policySilent: z.boolean(),
  message: Message,
}));
export type Finding = z.infer<typeof Finding>;

export const ReportPolicy = lazySchema(() => z.object({
  source: z.string(),
  /** Where the policy came from: bundled with the product, attached by the auditor, or discovered. */
  origin: z.enum(['bundled', 'attached', 'discovered', 'cli']),
  sha256: z.string(),
  languages: z.array(Language),
  declarations: z.array(Declaration),
}));

export const Report = lazySchema(() => z.object({
  schemaVersion: z.literal(1),
  site: z.object({
    url: z.string(),
    host: z.string(),
    auditedAt: z.iso.datetime(),
    tool: z.object({ name: z.string(), version: z.string() }),
    browser: z.string(),
  }),
  policy: z.nullable(ReportPolicy),
  observations: z.array(Observation),
  findings: z.array(Finding),
  integrity: z.object({ sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)) }),
}));
export type Report = z.infer<typeof Report>;
