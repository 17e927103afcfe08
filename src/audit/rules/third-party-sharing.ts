/**
 * undeclared_third_party and undeclared_cross_border: one finding per recipient operator (or per
 * registrable domain when the operator is unknown), because each recipient is a separate transfer
 * an auditor has to take up with the lender; the cross-border finding names the operator's country.
 */
import type { Finding } from '../../schema/report';
import type { AuditContext } from '../context';
import { makeFinding } from '../finding';
import { judgeAgainst } from '../judgement';
import { crossBorderMessage, thirdPartyMessage } from '../messages/sharing';
import { quotesOf, sharingDeclarations } from '../policy-quotes';
import { sharingStance } from '../sharing-stance';
import { groupByRecipient, isCrossBorder } from '../third-party';

export function evaluateThirdParties(ctx: AuditContext): Finding[] {
  const stance = sharingStance(ctx);
  const policyQuotes = quotesOf(sharingDeclarations(ctx.policy));
  return groupByRecipient(ctx.thirdParties).map((recipient) => makeFinding({
    rule: 'undeclared_third_party',
    category: 'third_party_sharing',
    ...judgeAgainst(stance, 'high'),
    observationIds: recipient.observations.map((o) => o.id),
    policyQuotes,
    message: thirdPartyMessage(recipient, stance),
    discriminator: recipient.key,
  }));
}

export function evaluateCrossBorder(ctx: AuditContext): Finding[] {
  const stance = ctx.stance('cross_border_transfer');
  const sharing = ctx.stance('third_party_sharing');
  const policyQuotes = quotesOf(sharingDeclarations(ctx.policy));
  const abroad = ctx.thirdParties.filter((o) => isCrossBorder(o.thirdParty));
  return groupByRecipient(abroad).map((recipient) => makeFinding({
    rule: 'undeclared_cross_border',
    category: 'cross_border_transfer',
    ...judgeAgainst(stance, 'high'),
    observationIds: recipient.observations.map((o) => o.id),
    policyQuotes,
    message: crossBorderMessage(recipient, stance, sharing),
    discriminator: recipient.key,
  }));
}
