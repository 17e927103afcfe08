/**
 * undeclared_collection, vague_declaration, and the `consistent` counterpart: one finding per
 * observed category (sections A–C), listing every observation of it.
 */
import { CATEGORY_IDS, type CategoryId } from '../../categories';
import type { Observation } from '../../schema/observation';
import type { Finding } from '../../schema/report';
import type { AuditContext } from '../context';
import { makeFinding } from '../finding';
import { collectionMessage } from '../messages/collection';
import { isCollectionEvidence } from '../observed';
import { stanceQuotes } from '../policy-quotes';
import { sensitivitySeverity, stepDown } from '../severity';
import type { Stance } from '../stance';
import { judgeAgainst } from '../judgement';

/** A generic-only statement is vague (one step milder); everything else is judged like any rule. */
function judge(category: CategoryId, stance: Stance | null): Pick<Finding, 'rule' | 'severity' | 'status'> {
  const sensitivity = sensitivitySeverity(category);
  if (stance?.status === 'generic') return { rule: 'vague_declaration', severity: stepDown(sensitivity), status: 'vague' };
  return { rule: 'undeclared_collection', ...judgeAgainst(stance, sensitivity) };
}

function byCategory(observations: readonly Observation[]): Map<CategoryId, Observation[]> {
  const groups = new Map<CategoryId, Observation[]>();
  for (const observation of observations) {
    const group = groups.get(observation.category) ?? [];
    group.push(observation);
    groups.set(observation.category, group);
  }
  return groups;
}

export function evaluateCategoryCollection(ctx: AuditContext): Finding[] {
  const groups = byCategory(ctx.observations.filter(isCollectionEvidence));
  return CATEGORY_IDS.flatMap((category) => {
    const observations = groups.get(category);
    if (!observations) return [];
    const stance = ctx.stance(category);
    return [makeFinding({
      ...judge(category, stance),
      category,
      observationIds: observations.map((o) => o.id),
      policyQuotes: stance ? stanceQuotes(stance) : [],
      message: collectionMessage(category, observations, stance),
    })];
  });
}
