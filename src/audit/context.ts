/** Everything a rule needs, computed once per audit. */
import type { CategoryId } from '../categories';
import type { Observation } from '../schema/observation';
import type { ParsedPolicy } from '../schema/policy';
import { resolveStance, type Stance } from './stance';
import { isThirdPartyOf, siteOfUrl, type ThirdPartyObservation } from './third-party';

export interface AuditInput {
  observations: Observation[];
  policy: ParsedPolicy | null;
  pageUrl: string;
}

export interface AuditContext {
  observations: readonly Observation[];
  /** Null when no policy is known for the site: rules then report the policy as unknown. */
  policy: ParsedPolicy | null;
  /** Registrable domain of the top-level page. */
  site: string;
  thirdParties: readonly ThirdPartyObservation[];
  /** The policy's stance on a category, or null when the policy is unknown. */
  stance: (category: CategoryId) => Stance | null;
}

export function buildContext(input: AuditInput): AuditContext {
  const site = siteOfUrl(input.pageUrl);
  const { policy } = input;
  return {
    observations: input.observations,
    policy,
    site,
    thirdParties: input.observations.filter(isThirdPartyOf(site)),
    stance: (category) => (policy ? resolveStance(policy, category) : null),
  };
}
