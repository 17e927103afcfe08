/** Severity and status of a rule that compares an observed fact with the policy's stance. */
import type { FindingStatus, Severity } from '../schema/report';
import { isContradictory, type Stance } from './stance';

export interface Judgement {
  severity: Severity;
  status: FindingStatus;
}

/**
 * Unknown or silent policy: the rule's own severity, `undeclared`. Denied: always high,
 * `contradicted`. Declared in any form: `consistent`, info — low when the policy also denies it.
 */
export function judgeAgainst(stance: Stance | null, severity: Severity): Judgement {
  if (stance === null || stance.status === 'silent') return { severity, status: 'undeclared' };
  if (stance.status === 'negated') return { severity: 'high', status: 'contradicted' };
  return { severity: isContradictory(stance) ? 'low' : 'info', status: 'consistent' };
}
