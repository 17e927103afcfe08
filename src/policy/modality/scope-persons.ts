/**
 * A sentence saying whom the policy covers names the people whose data it is about, not data taken about them:
 * «Политика распространяется на клиентов Банка, их представителей и поручителей», "This Statement applies to customers,
 * their guarantors and pledgors", «Осы Саясат клиенттерге, олардың кепілгерлеріне қолданылады». The guarantors and
 * relatives in it are no contact persons given to the operator.
 */
import type { CategoryId } from '../../categories';
import { hintedTest } from '../lazy';

const PERSONS: ReadonlySet<CategoryId> = new Set(['contact_persons']);

const isScopeSentence = hintedTest(/распространя|appl[iy]|қолданыл/u, [
  String.raw`(?<![\p{L}])(?:[пП]олитик|[пП]оложени|[уУ]ведомлени|[дД]ействи)\p{L}*(?:\s+[\p{L}\p{N}«»"-]+){0,6}?\s+распространя\p{L}*\s+(?:также\s+)?на(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:[pP]olicy|[sS]tatement|[nN]otice)\s+(?:also\s+)?(?:applies|shall\s+apply|apply)\s+to(?![\p{L}])`,
  String.raw`(?<![\p{L}])[сС]аясат\p{L}*(?:\s+[^\s.]+){1,20}?\s+қолданылады(?![\p{L}])`,
].join('|'), 'u');

/** Whether a match of `category` in `text` is only one of the kinds of people a scope sentence lists. */
export function namesPersonInScope(text: string, category: CategoryId): boolean {
  return PERSONS.has(category) && isScopeSentence(text);
}
