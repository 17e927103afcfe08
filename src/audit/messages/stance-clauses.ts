/** The sentences that follow an observed fact and say what the policy makes of it. */
import { quotesOf } from '../policy-quotes';
import { isContradictory, type Stance } from '../stance';
import { policyAlsoDenies, policyCondition, policyDeclares, policyDenies, policyUnknown } from './policy-clauses';
import type { Lang } from './text';

export interface StanceWording {
  /** How this rule words the policy's silence. */
  silent: (lang: Lang) => string;
  /** How a merely generic statement is worded; without it a generic statement reads as declared. */
  generic?: (stance: Stance, lang: Lang) => string;
}

export function stanceClauses(stance: Stance | null, lang: Lang, wording: StanceWording): string[] {
  if (stance === null) return [policyUnknown(lang)];
  const quotes = quotesOf(stance.statements);
  if (stance.status === 'silent') return [wording.silent(lang)];
  if (stance.status === 'negated') return [policyDenies(quotes, lang)];
  const clauses = [stance.status === 'generic' && wording.generic ? wording.generic(stance, lang) : policyDeclares(quotes, lang)];
  const condition = stance.statements.find((d) => d.status === 'conditional' && d.condition)?.condition;
  if (condition) clauses.push(policyCondition(condition, lang));
  if (isContradictory(stance)) clauses.push(policyAlsoDenies(quotesOf(stance.denials), lang));
  return clauses;
}
