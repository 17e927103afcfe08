/** What the popup and the report page receive for a tab: the record, the policy, and the findings. */
import * as z from 'zod/mini';
import { Attempt, Candidate, PolicyVersion } from './discovery';
import { lazySchema } from './lazy-schema';
import { TabState } from './messages';
import { ParsedPolicy } from './policy';
import { Finding, ReportPolicy } from './report';

export const PolicyState = lazySchema(() => z.discriminatedUnion('status', [
  /** `version` for stored policies: which text (hash, when fetched), from which documents, and whether it changed. */
  z.object({ status: z.literal('known'), origin: ReportPolicy.shape.origin, policy: ParsedPolicy, text: z.string(),
    version: z.optional(PolicyVersion), /** Being re-fetched to see whether it changed. */ checking: z.optional(z.boolean()) }),
  z.object({ status: z.literal('unknown') }),
  z.object({ status: z.literal('unreadable'), source: z.string(), message: z.string() }),
  /** The site's pages are being searched for their policy. */
  z.object({ status: z.literal('searching') }),
  /** Several documents read as the site's policy and none stands out: the auditor picks one. */
  z.object({ status: z.literal('choose'), candidates: z.array(Candidate).check(z.maxLength(8)) }),
  /** Searched and found nothing usable; what was tried and why each failed. */
  z.object({ status: z.literal('not-found'), tried: z.array(Attempt).check(z.maxLength(12)), linksSeen: z.number().check(z.int(), z.nonnegative()) }),
]));
export type PolicyState = z.infer<typeof PolicyState>;

export const AuditView = lazySchema(() => z.object({
  tab: TabState,
  policy: PolicyState,
  findings: z.array(Finding),
}));
export type AuditView = z.infer<typeof AuditView>;
