/**
 * A device permission is one thing in a document: when a statement says the person may refuse it, or is
 * asked for it only when using the feature («Доступ к камере запрашивается, только если вы выберете
 * съёмку», "Camera – asked only when you tap Scan", «рұқсат бермесеңіз…»), the other statements that
 * name the same permission describe that permission too ("ID photos are taken with the in-app camera"),
 * and are conditional as well. Discretion or need («на свое усмотрение», «при необходимости») tells
 * nothing of the person's say, so it leaves them as they are.
 */
import { categoryInfo, type CategoryId } from '../categories';
import type { Declaration } from '../schema/policy';
import { settleGates } from './gate-settle';
import { lazyPattern } from './lazy';

/** Conditions that give the person the say: a refusal, a permission, an "only when you…". */
const PERSON_DECIDES = lazyPattern([
  String.raw`(?<![\p{L}])(?:only|refus|declin|say\s+no|rather\s+not|without|permission|allow|consent|upload|(?:if|when|once)\s+you)`,
  String.raw`(?<![\p{L}])(?:только|лишь|отказ|отклон|разреш|согласи|загрузите|без\s+(?:этой|такой|данной|доступа|разрешения)|(?:если|когда)\s+вы(?![\p{L}]))`,
  String.raw`(?<![\p{L}])(?:рұқсат|келісім|бас\s+тарт|қаламаса|жүктеңіз|белгісіз|(?:ғана|тек)(?![\p{L}]))`,
].join('|'), 'iu');

function isDevice(category: CategoryId): boolean {
  return categoryInfo(category).section === 'device';
}

export function settleDevicePermissions(declarations: readonly Declaration[]): Declaration[] {
  return settleGates(declarations, { opens: (d) => isDevice(d.category) && PERSON_DECIDES().test(d.condition) });
}
