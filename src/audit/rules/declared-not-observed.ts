/**
 * declared_not_observed: the policy itself names the category (personal_data_generic coverage does
 * not count — it names nothing), the category can be seen from a browser, and this visit did not see it.
 */
import { CATEGORY_IDS } from '../../categories';
import type { Finding } from '../../schema/report';
import type { AuditContext } from '../context';
import { makeFinding } from '../finding';
import { notObservedMessage } from '../messages/collection';
import { isJudgedWhenAbsent, observedCategories } from '../observed';
import { stanceQuotes } from '../policy-quotes';
import { isPositive } from '../stance';

export function evaluateDeclaredNotObserved(ctx: AuditContext): Finding[] {
  if (ctx.policy === null) return [];
  const observed = observedCategories(ctx);
  return CATEGORY_IDS.flatMap((category) => {
    const stance = ctx.stance(category);
    if (!stance || !isPositive(stance.status) || stance.viaGeneric) return [];
    if (!isJudgedWhenAbsent(category) || observed.has(category)) return [];
    return [makeFinding({
      rule: 'declared_not_observed',
      category,
      severity: 'info',
      status: 'not_observed',
      observationIds: [],
      policyQuotes: stanceQuotes(stance),
      message: notObservedMessage(category, stance),
    })];
  });
}
