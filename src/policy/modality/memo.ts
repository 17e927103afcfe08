/**
 * The modality of a text, read once per parse: a list's lead is read for every one of its items, and most clauses are
 * never asked for a condition, so the condition is read on first need.
 */
import { findCondition } from './condition';
import { qualifiesOneMember } from './member-condition';
import { findException, findNegation } from './negation';

/**
 * `condition` is read on first need (undefined until then): most clauses are never asked for one. `leadCondition`
 * is the condition as it bears on a lead's items, read once for all of them.
 */
export interface Modality { negated: boolean; exception: string | null; condition?: string | null; leadCondition?: string | null }

export function modalityOf(text: string, memo: Map<string, Modality>): Modality {
  let known = memo.get(text);
  if (!known) {
    const negated = findNegation(text);
    known = { negated, exception: negated ? findException(text) : null };
    memo.set(text, known);
  }
  return known;
}

export function conditionOf(text: string, memo: Map<string, Modality>): string | null {
  const known = modalityOf(text, memo);
  if (known.condition === undefined) known.condition = findCondition(text);
  return known.condition;
}

/** The lead's condition as it bears on its items: one that qualifies only one member of the lead's verb list does not. */
export function leadConditionOf(leadText: string, memo: Map<string, Modality>): string | null {
  const known = modalityOf(leadText, memo);
  if (known.leadCondition === undefined) {
    const condition = conditionOf(leadText, memo);
    known.leadCondition = condition && !qualifiesOneMember(leadText, condition) ? condition : null;
  }
  return known.leadCondition;
}
