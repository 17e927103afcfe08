/**
 * A paragraph that opens by leaving the use of a feature to the person («Использование Личного кабинета осуществляется
 * по желанию Клиента», "Using the app is optional", «Жеке кабинетті пайдалану міндетті емес»): what the paragraph then says
 * the feature takes (an SMS code to log in, a card to pay) is taken only from those who choose to use it.
 */
import { lazyPattern } from '../lazy';
import { findCondition } from './condition';
import { leavesToPerson } from './person-choice';

/** Use named as the sentence's subject, before the condition. */
const USE = lazyPattern(String.raw`(?<![\p{L}])(?:использовани|пользовани|пайдалану|use\s+of|using)\p{L}*`, 'iu');
/** A plain search first: most openers speak of no use. */
const USE_WORD = /[Ии]спользовани|[Пп]ользовани|[Пп]айдалану|[Uu]se of|[Uu]sing/u;

/** The opener's condition when it declares nothing itself and leaves the use of something to the person, or null. */
export function optionalUseOpener(text: string, declaresSomething: boolean): string | null {
  if (declaresSomething || !USE_WORD.test(text) || !USE().test(text)) return null;
  const condition = findCondition(text);
  return condition && leavesToPerson(condition) ? condition : null;
}
