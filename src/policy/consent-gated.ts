/**
 * Advertising, analytics and session recording are each one practice in a document: when a statement says one runs only
 * with the person's consent («Рекламные cookie включаются только с вашего согласия», «рассылка осуществляется исключительно
 * при наличии отдельного согласия», "only if you tick «Send me offers»", «тек келісіміңізбен»), or only together with
 * something the person switches on («Вебвизор включается только вместе с аналитическими cookie»), the cookie tables,
 * purpose lists and settings buttons that name it elsewhere describe that same consented practice, and are conditional
 * too — unless they say it runs regardless («по умолчанию», "always").
 */
import type { CategoryId } from '../categories';
import type { Declaration } from '../schema/policy';
import { settleGates } from './gate-settle';
import { lazyPattern } from './lazy';
import { isExclusive } from './paragraph-scope';
import { UNCONDITIONAL } from './modality/unconditional';

/** The practices a cookie banner or a consent tick switches on. */
const GATED: ReadonlySet<CategoryId> = new Set(['purpose_advertising', 'purpose_analytics', 'session_recording']);

/** The person's say: a consent, a permission, a tick, a button or switch they choose, or a switch it runs along with. */
const CONSENT = lazyPattern(String.raw`(?<![\p{L}])(?:соглас|разреш|отмет|галочк|нажм|нажа|включ|подпис|приня|прим(?:ете|ите)|вместе\s+с|together\s+with|бірге|consent|permission|opt(?:s|ed)?[\s-]+in|tick|agree|allow|accept|click|switch|subscrib|келісім|рұқсат|белгі|бас(?:қан|са)|қос(?:қан|са))`, 'iu');

/** Whether a conditional declaration puts its practice under the person's consent alone. */
export function opensConsentGate(d: Declaration & { condition: string }): boolean {
  return GATED.has(d.category) && isExclusive(d) && CONSENT().test(d.condition);
}

export function settleConsentGated(declarations: readonly Declaration[]): Declaration[] {
  return settleGates(declarations, { opens: opensConsentGate, keeps: (d) => UNCONDITIONAL().test(d.quote) });
}
