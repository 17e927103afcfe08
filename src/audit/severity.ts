/** Severity arithmetic shared by the rules. */
import { categoryInfo, type CategoryId } from '../categories';
import type { Severity } from '../schema/report';

const ORDER: readonly Severity[] = ['high', 'medium', 'low', 'info'];

/** Sort key: high first. */
export function severityRank(severity: Severity): number {
  return ORDER.indexOf(severity);
}

/** The category's sensitivity as a severity; categories without one ('none') count as low. */
export function sensitivitySeverity(category: CategoryId): Severity {
  const sensitivity = categoryInfo(category).sensitivity;
  return sensitivity === 'none' ? 'low' : sensitivity;
}

/** One step less alarming: high → medium → low → info (info stays info). */
export function stepDown(severity: Severity): Severity {
  return ORDER[Math.min(severityRank(severity) + 1, ORDER.length - 1)] ?? 'info';
}
