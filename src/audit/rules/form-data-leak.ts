/**
 * form_data_leak: a typed value seen leaving to a third party. High whatever the policy says; one
 * finding per category of the leaked field, naming every recipient, with the sharing text attached.
 */
import { CATEGORY_IDS, type CategoryId } from '../../categories';
import type { Finding } from '../../schema/report';
import type { AuditContext } from '../context';
import { makeFinding } from '../finding';
import { leakMessage } from '../messages/leaks';
import { quotesOf, sharingDeclarations } from '../policy-quotes';
import { sharingStance } from '../sharing-stance';
import { groupByRecipient, type ThirdPartyObservation } from '../third-party';

type LeakObservation = ThirdPartyObservation & { detail: { kind: 'value_leak' } };

function isLeak(observation: ThirdPartyObservation): observation is LeakObservation {
  return observation.detail.kind === 'value_leak';
}

export function evaluateFormDataLeaks(ctx: AuditContext): Finding[] {
  const leaks = ctx.thirdParties.filter(isLeak);
  const stance = sharingStance(ctx);
  const policyQuotes = quotesOf(sharingDeclarations(ctx.policy));
  return CATEGORY_IDS.flatMap((category) => {
    const group = leaks.filter((o) => o.detail.fieldCategory === category);
    if (group.length === 0) return [];
    const details = group.map((o) => o.detail);
    return [makeFinding({
      rule: 'form_data_leak',
      category,
      severity: 'high',
      status: stance?.status === 'negated' ? 'contradicted' : 'undeclared',
      observationIds: group.map((o) => o.id),
      policyQuotes,
      message: leakMessage({
        category,
        fieldLabels: details.map((d) => d.fieldLabel),
        encodings: details.map((d) => d.encoding),
        recipients: groupByRecipient(group),
      }, stance),
    })];
  });
}
