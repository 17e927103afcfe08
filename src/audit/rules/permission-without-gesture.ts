/**
 * permission_without_gesture: a permission prompt for location, camera or microphone raised before
 * any user gesture, while the policy declares the category and so presents it as something the user
 * provides. A silent or denying policy is left to undeclared_collection (already high); an unknown
 * policy cannot be checked, and the prompt on page load is evidence enough to report it as such.
 */
import type { CategoryId } from '../../categories';
import type { Observation } from '../../schema/observation';
import type { Finding } from '../../schema/report';
import type { AuditContext } from '../context';
import { makeFinding } from '../finding';
import { permissionMessage } from '../messages/conduct';
import { stanceQuotes } from '../policy-quotes';
import { isPositive } from '../stance';

const PROMPTED: ReadonlySet<CategoryId> = new Set<CategoryId>(['geolocation', 'camera', 'microphone']);

/** The calls that raise a permission prompt; enumerateDevices and permissions.query do not. */
const PROMPTING_APIS: ReadonlySet<string> = new Set([
  'geolocation.getCurrentPosition', 'geolocation.watchPosition', 'mediaDevices.getUserMedia', 'getUserMedia.legacy',
]);

function promptApiWithoutGesture(observation: Observation): string | null {
  const { detail } = observation;
  if (detail.kind !== 'device_request' || detail.userGesture || !PROMPTING_APIS.has(detail.api)) return null;
  return PROMPTED.has(observation.category) ? detail.api : null;
}

export function evaluatePermissionWithoutGesture(ctx: AuditContext): Finding[] {
  return [...PROMPTED].flatMap((category) => {
    const requests = ctx.observations.filter((o) => o.category === category && promptApiWithoutGesture(o) !== null);
    if (requests.length === 0) return [];
    const stance = ctx.stance(category);
    if (stance !== null && !isPositive(stance.status)) return [];
    return [makeFinding({
      rule: 'permission_without_gesture',
      category,
      severity: 'medium',
      status: stance === null ? 'undeclared' : 'contradicted',
      observationIds: requests.map((o) => o.id),
      policyQuotes: stance ? stanceQuotes(stance) : [],
      message: permissionMessage(category, requests.flatMap((o) => promptApiWithoutGesture(o) ?? []), stance),
    })];
  });
}
