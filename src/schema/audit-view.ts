/** What the popup and the report page receive for a tab: the record, the policy, and the findings. */
import { z } from 'zod';
import { TabState } from './messages';
import { ParsedPolicy } from './policy';
import { Finding, ReportPolicy } from './report';

export const PolicyState = z.discriminatedUnion('status', [
  z.object({ status: z.literal('known'), origin: ReportPolicy.shape.origin, policy: ParsedPolicy, text: z.string() }),
  z.object({ status: z.literal('unknown') }),
  z.object({ status: z.literal('unreadable'), source: z.string(), message: z.string() }),
]);
export type PolicyState = z.infer<typeof PolicyState>;

export const AuditView = z.object({
  tab: TabState,
  policy: PolicyState,
  findings: z.array(Finding),
});
export type AuditView = z.infer<typeof AuditView>;
