/**
 * A condition a paragraph's opening sentence sets for the whole paragraph: a setting switched on («Если вы включите этот
 * переключатель, …», setting-switch.ts) or the use of a feature left to the person («Использование кабинета — по
 * желанию», optional-use.ts).
 */
import { optionalUseOpener } from './optional-use';
import { switchOpener } from './setting-switch';

/** `declaresSomething`: the opening sentence declares data of its own, so it is no bare opener of a feature's use. */
export function openerCondition(opening: string, declaresSomething: boolean): string | null {
  return switchOpener(opening) ?? optionalUseOpener(opening, declaresSomething);
}
