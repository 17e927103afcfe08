/** The policy's stance on data leaving the site, which several third-party rules share. */
import type { AuditContext } from './context';
import { isPositive, type Stance } from './stance';

/**
 * Stance on third-party sharing. A declared cross-border transfer is itself a declared transfer to
 * someone else, so it counts when the policy has no positive third_party_sharing statement.
 */
export function sharingStance(ctx: AuditContext): Stance | null {
  const sharing = ctx.stance('third_party_sharing');
  const abroad = ctx.stance('cross_border_transfer');
  if (sharing === null || abroad === null) return null;
  return !isPositive(sharing.status) && isPositive(abroad.status) ? abroad : sharing;
}
