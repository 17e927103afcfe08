/** Which categories the visit actually showed, as the category rules and declared_not_observed count them. */
import { categoryInfo, type CategoryId } from '../categories';
import type { Observation } from '../schema/observation';
import type { AuditContext } from './context';
import { isAdvertisingTracker, isAnalyticsTracker, isCrossBorder } from './third-party';

/**
 * Kinds that are evidence about a practice, not about collecting the category they are filed under
 * (a form's http action, a consent checkbox); a permissions.query only reads the permission state.
 */
export function isCollectionEvidence(observation: Observation): boolean {
  const { detail } = observation;
  if (detail.kind === 'form' || detail.kind === 'consent_checkbox' || detail.kind === 'insecure_transport') return false;
  if (detail.kind === 'device_request' && detail.api === 'permissions.query') return false;
  return observation.category !== 'personal_data_generic' && categoryInfo(observation.category).section !== 'practice';
}

/**
 * Categories that cannot be judged absent: the catch-all is never observed, retention and HTTPS
 * are invisible unless contradicted, and every server reached learns the IP address and logs the
 * access whether or not an observer recorded it.
 */
const NOT_JUDGED_WHEN_ABSENT: ReadonlySet<CategoryId> = new Set<CategoryId>([
  'personal_data_generic', 'retention', 'secure_transmission', 'ip_address', 'access_logs',
]);

export function isJudgedWhenAbsent(category: CategoryId): boolean {
  return !NOT_JUDGED_WHEN_ABSENT.has(category);
}

export function observedCategories(ctx: AuditContext): Set<CategoryId> {
  const seen = new Set<CategoryId>(ctx.observations.filter(isCollectionEvidence).map((o) => o.category));
  if (ctx.thirdParties.length > 0) seen.add('third_party_sharing');
  if (ctx.thirdParties.some((o) => isCrossBorder(o.thirdParty))) seen.add('cross_border_transfer');
  if (ctx.thirdParties.some(isAdvertisingTracker)) seen.add('purpose_advertising');
  if (ctx.thirdParties.some(isAnalyticsTracker)) seen.add('purpose_analytics');
  return seen;
}
