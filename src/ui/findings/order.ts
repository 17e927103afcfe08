/** How findings are split and ordered for people: problems first, high severity first. */
import type { Finding, Severity } from '../../schema/report';

const RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2, info: 3 };

export interface SplitFindings { problems: Finding[]; consistent: Finding[]; notObserved: Finding[] }

export function splitFindings(findings: readonly Finding[]): SplitFindings {
  const sorted = [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.category.localeCompare(b.category));
  return {
    problems: sorted.filter((f) => f.status !== 'consistent' && f.status !== 'not_observed'),
    consistent: sorted.filter((f) => f.status === 'consistent'),
    notObserved: sorted.filter((f) => f.status === 'not_observed'),
  };
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { high: 0, medium: 0, low: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}
