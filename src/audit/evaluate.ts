/** Entry point of the audit: observations + declarations → findings, most severe first. */
import { CATEGORY_IDS } from '../categories';
import { RULE_IDS, type Finding } from '../schema/report';
import { buildContext, type AuditInput } from './context';
import { AUDIT_RULES } from './registry';
import { severityRank } from './severity';

/** Severity, then rule order of rules.md, then category order, then id: stable for the same input. */
function compareFindings(a: Finding, b: Finding): number {
  return severityRank(a.severity) - severityRank(b.severity)
    || RULE_IDS.indexOf(a.rule) - RULE_IDS.indexOf(b.rule)
    || CATEGORY_IDS.indexOf(a.category) - CATEGORY_IDS.indexOf(b.category)
    || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function evaluateFindings(input: AuditInput): Finding[] {
  const ctx = buildContext(input);
  return AUDIT_RULES.flatMap((rule) => rule.evaluate(ctx)).sort(compareFindings);
}
