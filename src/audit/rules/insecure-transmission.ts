/**
 * insecure_transmission: the policy promises HTTPS and something travels over plain http. A policy
 * silent on HTTPS makes no promise to contradict; an unknown policy might, so it is reported as such.
 */
import type { Observation } from '../../schema/observation';
import type { Finding } from '../../schema/report';
import type { AuditContext } from '../context';
import { makeFinding } from '../finding';
import { insecureMessage, type InsecureWhat } from '../messages/conduct';
import { stanceQuotes } from '../policy-quotes';
import { isPositive } from '../stance';

function insecureItem(observation: Observation): { what: InsecureWhat; url: string } | null {
  const { detail } = observation;
  if (detail.kind === 'insecure_transport') return { what: detail.what, url: detail.url };
  if (detail.kind === 'form' && detail.insecure) return { what: 'form_action', url: detail.action };
  return null;
}

export function evaluateInsecureTransmission(ctx: AuditContext): Finding[] {
  const insecure = ctx.observations.flatMap((o) => {
    const item = insecureItem(o);
    return item ? [{ observation: o, item }] : [];
  });
  if (insecure.length === 0) return [];
  const stance = ctx.stance('secure_transmission');
  if (stance !== null && !isPositive(stance.status)) return [];
  return [makeFinding({
    rule: 'insecure_transmission',
    category: 'secure_transmission',
    severity: 'high',
    status: stance === null ? 'undeclared' : 'contradicted',
    observationIds: insecure.map((i) => i.observation.id),
    policyQuotes: stance ? stanceQuotes(stance) : [],
    message: insecureMessage(insecure.map((i) => i.item), stance),
  })];
}
