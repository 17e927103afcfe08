/** Assembling a Finding so that id and policySilent follow from the evidence, never chosen by hand. */
import type { CategoryId } from '../categories';
import type { Finding, FindingStatus, Message, RuleId, Severity } from '../schema/report';
import { findingId } from './finding-id';
import type { PolicyQuote } from './policy-quotes';

export interface FindingParts {
  rule: RuleId;
  category: CategoryId;
  severity: Severity;
  status: FindingStatus;
  observationIds: readonly string[];
  policyQuotes: readonly PolicyQuote[];
  message: Message;
  /** Separates findings of one rule and category, e.g. the operator of a per-recipient finding. */
  discriminator?: string;
}

export function makeFinding(parts: FindingParts): Finding {
  const observationIds = [...new Set(parts.observationIds)];
  return {
    id: findingId(parts.rule, parts.category, observationIds, parts.discriminator),
    rule: parts.rule,
    severity: parts.severity,
    status: parts.status,
    category: parts.category,
    observationIds,
    policyQuotes: [...parts.policyQuotes],
    // The quotes are the statements that bear on the finding, so silence is exactly "no quote".
    policySilent: parts.policyQuotes.length === 0,
    message: parts.message,
  };
}
