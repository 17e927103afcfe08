/**
 * A practice the person decides on is one thing in a document: once one statement puts it under the
 * person's say, the document's other plain mentions of it describe that same practice and take its
 * condition. Device permissions (device-permission.ts) and advertising by consent (consent-gated.ts)
 * differ only in what counts as the person's say and in which mentions keep their own status.
 */
import type { CategoryId } from '../categories';
import type { Declaration } from '../schema/policy';

export interface Gate {
  /** A conditional declaration that puts its category under the person's say. */
  opens(declaration: Declaration & { condition: string }): boolean;
  /** A declared mention that stands on its own despite the gate ("by default", "always"). */
  keeps?(declaration: Declaration): boolean;
}

export function hasCondition(d: Declaration): d is Declaration & { condition: string } {
  return d.status === 'conditional' && typeof d.condition === 'string' && d.condition !== '';
}

export function settleGates(declarations: readonly Declaration[], gate: Gate): Declaration[] {
  const conditions = new Map<CategoryId, string>();
  for (const d of declarations) {
    if (hasCondition(d) && !conditions.has(d.category) && gate.opens(d)) conditions.set(d.category, d.condition);
  }
  if (conditions.size === 0) return [...declarations];
  return declarations.map((d) => {
    const condition = d.status === 'declared' && !gate.keeps?.(d) ? conditions.get(d.category) : undefined;
    return condition ? { ...d, status: 'conditional', condition } : d;
  });
}
