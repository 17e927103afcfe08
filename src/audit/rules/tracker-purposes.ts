/**
 * undeclared_advertising and undeclared_analytics: one finding per purpose naming every tracker
 * operator, since the defect is the undeclared purpose, not any one recipient (those get their own
 * undeclared_third_party findings).
 */
import type { Finding } from '../../schema/report';
import type { AuditContext } from '../context';
import { makeFinding } from '../finding';
import { judgeAgainst } from '../judgement';
import { advertisingMessage, analyticsMessage } from '../messages/purposes';
import { stanceQuotes } from '../policy-quotes';
import { isPositive, type Stance } from '../stance';
import { groupByRecipient, isAdvertisingTracker, isAnalyticsTracker } from '../third-party';

export function evaluateAdvertising(ctx: AuditContext): Finding[] {
  const trackers = ctx.thirdParties.filter(isAdvertisingTracker);
  if (trackers.length === 0) return [];
  const stance = ctx.stance('purpose_advertising');
  return [makeFinding({
    rule: 'undeclared_advertising',
    category: 'purpose_advertising',
    ...judgeAgainst(stance, 'high'),
    observationIds: trackers.map((o) => o.id),
    policyQuotes: stance ? stanceQuotes(stance) : [],
    message: advertisingMessage(groupByRecipient(trackers), stance),
  })];
}

/** Analytics is declared by naming either the purpose or the usage data it collects. */
function analyticsStance(purpose: Stance, usage: Stance): Stance {
  if (isPositive(purpose.status)) return purpose;
  if (isPositive(usage.status)) return usage;
  return purpose.status === 'negated' ? purpose : usage;
}

export function evaluateAnalytics(ctx: AuditContext): Finding[] {
  const trackers = ctx.thirdParties.filter(isAnalyticsTracker);
  if (trackers.length === 0) return [];
  const purpose = ctx.stance('purpose_analytics');
  const usage = ctx.stance('usage_data');
  const stance = purpose && usage ? analyticsStance(purpose, usage) : null;
  return [makeFinding({
    rule: 'undeclared_analytics',
    category: 'purpose_analytics',
    ...judgeAgainst(stance, 'medium'),
    observationIds: trackers.map((o) => o.id),
    policyQuotes: purpose && usage ? [...stanceQuotes(purpose), ...stanceQuotes(usage)] : [],
    message: analyticsMessage(groupByRecipient(trackers), stance),
  })];
}
