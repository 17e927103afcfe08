/**
 * What a reminder or a notification is about is what the operator tells the person, not data taken from them:
 * «SMS-уведомления о дате платежа и задолженности», "push notifications to remind you of the payment date", «төлем күні
 * және берешек туралы хабарламалар», «төлем күнін еске салу». Loan terms and debts named so are no evidence.
 */
import type { CategoryId } from '../../categories';
import { lazyPattern } from '../lazy';

const TOPICS: ReadonlySet<CategoryId> = new Set(['loan_terms', 'financial_status']);

/** Case spelt out on the first letter: the hint is tried on every statement naming a loan or a debt. */
const HINT = /[уУ]ведомл|[нН]апомин|[оО]повещ|[сС]ообщени|otification|emind|lert|essage|хабарла|еске\s+сал|ескерт/u;

/** The message named before its topic: «уведомления о…», "reminders of…", «напоминаем о…» (up to eight listed words between). */
const MESSAGE_BEFORE = lazyPattern(String.raw`(?<![\p{L}])(?:(?:уведомлени|напоминани|оповещени|сообщени)\p{L}*|напомина\p{L}*|notifications?|reminders?|alerts?|messages?|remind(?:s|ing)?(?:\s+you)?)\s+(?:о|об|с\s+напоминанием\s+о|about|of|on|regarding)\s+(?:[\p{L}\p{N}-]+,?\s+){0,8}$`, 'iu');

/** Kazakh names the message after its topic: «берешек туралы хабарламалар», «төлем күнін еске салу». */
const MESSAGE_AFTER = lazyPattern(String.raw`^\p{L}*(?:,?\s+[\p{L}\p{N}-]+){0,6}?\s+(?:туралы\s+(?:хабарлама|хабарла|ескерт)|еске\s+сал)`, 'iu');

/** Whether the match of `category` at `offset` of `text` is only the topic of a message sent to the person. */
export function isMessageTopic(text: string, category: CategoryId, offset: number, end: number): boolean {
  if (!TOPICS.has(category) || !HINT.test(text)) return false;
  return MESSAGE_BEFORE().test(text.slice(Math.max(0, offset - 90), offset)) || MESSAGE_AFTER().test(text.slice(end, end + 90));
}
