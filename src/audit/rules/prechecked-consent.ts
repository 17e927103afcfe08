/** prechecked_consent: a personal-data consent box already ticked when the page rendered it. */
import { CATEGORY_IDS } from '../../categories';
import type { Observation } from '../../schema/observation';
import type { Finding } from '../../schema/report';
import type { AuditContext } from '../context';
import { makeFinding } from '../finding';
import { precheckedMessage } from '../messages/conduct';

/** The label of a pre-ticked consent box; null for anything else, including a box the user ticked. */
function precheckedLabel(observation: Observation): string | null {
  const { detail } = observation;
  return detail.kind === 'consent_checkbox' && detail.prechecked ? detail.label : null;
}

export function evaluatePrecheckedConsent(ctx: AuditContext): Finding[] {
  return CATEGORY_IDS.flatMap((category) => {
    const boxes = ctx.observations.filter((o) => o.category === category && precheckedLabel(o) !== null);
    if (boxes.length === 0) return [];
    return [makeFinding({
      rule: 'prechecked_consent',
      category,
      severity: 'medium',
      // The policy has no statement about pre-ticked boxes; the practice itself is what is undeclared.
      status: 'undeclared',
      observationIds: boxes.map((o) => o.id),
      policyQuotes: [],
      message: precheckedMessage(boxes.flatMap((o) => precheckedLabel(o) ?? [])),
    })];
  });
}
