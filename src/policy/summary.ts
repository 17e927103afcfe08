/**
 * One status per category for a whole policy. Precedence: declared > conditional > generic > negated,
 * the same as the audit's stance (src/audit/stance.ts). Any positive statement wins over a denial
 * because the auditor must know the policy admits the practice somewhere; a denial with exceptions
 * («без согласия не передаем») is conditional, so a plain declaration elsewhere outranks it too. The
 * denial is still in the declarations and the report shows every quote.
 */
import type { CategoryId } from '../categories';
import type { DeclarationStatus, ParsedPolicy } from '../schema/policy';

const RANK: Readonly<Record<DeclarationStatus, number>> = { declared: 4, conditional: 3, generic: 2, negated: 1 };

export function strongerStatus(a: DeclarationStatus, b: DeclarationStatus): DeclarationStatus {
  return RANK[a] >= RANK[b] ? a : b;
}

export function summarizeDeclarations(policy: Pick<ParsedPolicy, 'declarations'>): Map<CategoryId, DeclarationStatus> {
  const summary = new Map<CategoryId, DeclarationStatus>();
  for (const { category, status } of policy.declarations) {
    const known = summary.get(category);
    summary.set(category, known ? strongerStatus(known, status) : status);
  }
  return summary;
}
