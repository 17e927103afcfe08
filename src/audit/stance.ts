/**
 * What the policy says about one category, folded from all its statements.
 *
 * Precedence: declared > conditional > generic > negated > silent. A policy that both lists and
 * denies a category is at best contradictory: the text does tell the reader, so the positive
 * statement wins, but the denials are kept so the finding can quote both and flag the conflict.
 * `personal_data_generic` only fills silence for section-A categories: a specific statement on the
 * category itself, including a specific denial, is more precise than the catch-all.
 */
import { categoryInfo, type CategoryId } from '../categories';
import type { Declaration, DeclarationStatus, ParsedPolicy } from '../schema/policy';

export type StanceStatus = DeclarationStatus | 'silent';

export interface Stance {
  status: StanceStatus;
  /** Statements behind `status`, strongest first, in policy order within a status. */
  statements: Declaration[];
  /** Denials that coexist with a positive statement (empty unless contradictory). */
  denials: Declaration[];
  /** True when the category is covered only through `personal_data_generic`. */
  viaGeneric: boolean;
}

const PRECEDENCE: readonly DeclarationStatus[] = ['declared', 'conditional', 'generic', 'negated'];

export function isPositive(status: StanceStatus): boolean {
  return status === 'declared' || status === 'conditional' || status === 'generic';
}

function byPrecedence(a: Declaration, b: Declaration): number {
  return PRECEDENCE.indexOf(a.status) - PRECEDENCE.indexOf(b.status);
}

function foldStatements(statements: Declaration[], viaGeneric: boolean): Stance {
  const positive = statements.filter((d) => isPositive(d.status)).sort(byPrecedence);
  const denials = statements.filter((d) => d.status === 'negated');
  const strongest = positive[0];
  if (strongest) return { status: strongest.status, statements: positive, denials, viaGeneric };
  if (denials.length > 0) return { status: 'negated', statements: denials, denials: [], viaGeneric };
  return { status: 'silent', statements: [], denials: [], viaGeneric: false };
}

export function resolveStance(policy: ParsedPolicy, category: CategoryId): Stance {
  const own = foldStatements(policy.declarations.filter((d) => d.category === category), false);
  if (own.status !== 'silent' || categoryInfo(category).section !== 'typed' || category === 'personal_data_generic') {
    return own;
  }
  const generic = policy.declarations.filter((d) => d.category === 'personal_data_generic' && isPositive(d.status));
  if (generic.length === 0) return own;
  return { status: 'generic', statements: generic, denials: [], viaGeneric: true };
}

/** True when the stance is positive and the policy also denies the category. */
export function isContradictory(stance: Stance): boolean {
  return isPositive(stance.status) && stance.denials.length > 0;
}
