/**
 * Data named right after "without" is what a description leaves out: "device data and in-app events,
 * without your name or IIN", «обезличенные сведения без ФИО и ИИН». Such a mention declares nothing —
 * unless the clause says nothing can be done without it («без ИИН заявка не принимается», "we cannot
 * lend without your IIN"): then the data is required, and the mention stands.
 */
import { lazyPattern } from '../lazy';

/** A plain search first: most statements hold neither word, and then no match is looked at. */
const HINT = /[wW]ithout|[Бб]ез\s/u;

/** "without", an owner or «указания» at most, and one coordinated item before this one ("without your name or IIN"). */
const LEFT_OUT_BEFORE = lazyPattern(String.raw`(?<![\p{L}])(?:without|без)\s+(?:(?:your|the|any|their|his|her|указания|ваш\p{L}*|его|е[её]|их)\s+)?(?:[\p{L}-]+\s+(?:or|nor|and|или|и|ни)\s+)?$`, 'iu');

/** "Cannot … without it", «без cookie кабинет не работает»: the data is a requirement. */
const REQUIRED = lazyPattern(String.raw`(?<![\p{L}])(?:cannot|can['’]t|unable|impossible|not\s+(?:possible|able|be\s+(?:accepted|processed|considered|issued))|(?:does\s+not|doesn['’]t)\s+work|won['’]t|will\s+not|required|must|невозможн\p{L}*|нельзя|не\s+(?:мо[жг]\p{L}*|смож\p{L}*|будет|принима\p{L}*|рассматрива\p{L}*|выда\p{L}*|работа\p{L}*|функционир\p{L}*)|обязательн\p{L}*)(?![\p{L}])`, 'iu');

/** How far back "without" and its words may stand. */
const LOOK_BACK = 60;

/** Whether statements holding `text` may leave data out at all (read once per statement). */
export function mayLeaveOut(text: string): boolean {
  return HINT.test(text) && !REQUIRED().test(text);
}

/** Whether the data named at `offset` of a statement's `text` is left out. */
export function isLeftOut(text: string, offset: number): boolean {
  return LEFT_OUT_BEFORE().test(text.slice(Math.max(0, offset - LOOK_BACK), offset));
}
