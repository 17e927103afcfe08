/**
 * Advertising is one practice in a document: when a statement says it runs only with the person's
 * consent («Рекламные cookie включаются только с вашего согласия», «рассылка осуществляется исключительно
 * при наличии отдельного согласия», "only if you tick «Send me offers»", «тек келісіміңізбен»), the
 * cookie tables, purpose lists and settings buttons that name advertising elsewhere describe that same
 * consented practice, and are conditional too — unless they say it runs regardless («по умолчанию», "always").
 */
import type { Declaration } from '../schema/policy';
import { settleGates } from './gate-settle';
import { lazyPattern } from './lazy';
import { isExclusive, UNCONDITIONAL } from './paragraph-scope';

/** The person's say: a consent, a permission, a tick, a button or switch they choose. */
const CONSENT = lazyPattern(String.raw`(?<![\p{L}])(?:соглас|разреш|отмет|галочк|нажм|нажа|включ|подпис|consent|permission|opt(?:s|ed)?[\s-]+in|tick|agree|allow|accept|click|switch|subscrib|келісім|рұқсат|белгі|бас(?:қан|са)|қос(?:қан|са))`, 'iu');

export function settleConsentGated(declarations: readonly Declaration[]): Declaration[] {
  return settleGates(declarations, {
    opens: (d) => d.category === 'purpose_advertising' && isExclusive(d) && CONSENT().test(d.condition),
    keeps: (d) => UNCONDITIONAL().test(d.quote),
  });
}
