/**
 * Evidence for `personal_data_generic`: a catch-all («иные сведения», "other info", "anything else
 * you tell us") said of data the operator gets, or personal data named without a list. The getting
 * may be said in the statement, its list's lead, the heading above («Какие сведения мы получаем»,
 * «Біз қандай мәліметтер аламыз») or the label lines above it in a run of them («Data this app may
 * collect» over «Personal info / Other info» in an app store's data-safety block).
 */
import { categoryInfo, type CategoryId } from '../categories';
import type { StatementContext } from './classify';
import type { Evidence } from './evidence';
import { findCatchAll, findUnlistedPersonalData, mentionsCollection, mentionsGathering } from './modality/generic';

function inCollection(ctx: StatementContext, outside: string, leadText: string): boolean {
  return ctx.statement.role === 'item' || mentionsCollection(outside) || mentionsCollection(leadText)
    || mentionsGathering(ctx.heading) || (ctx.runStart >= 0 && mentionsCollection(ctx.analysis.slice(ctx.runStart, ctx.statement.start)));
}

/**
 * «Другая финансовая информация (доход, действующие кредиты)», "other details (income, existing loans)": a catch-all spelt
 * out in its own parenthesis by named data is no catch-all; «өзге де мәліметтер (өтініштер, шағымдар)», naming no category's
 * data, or «(мысалы, …)», giving examples, still is.
 */
const EXAMPLES = /^\(\s*(?:например|в\s+том\s+числе|мысалы|соның\s+ішінде|e\.\s?g\.|for\s+example|such\s+as|including)/iu;

function isSpeltOut(ctx: StatementContext, text: string, catchAll: RegExpExecArray): boolean {
  const after = catchAll.index + catchAll[0].length;
  const open = /^\s*\(/u.exec(text.slice(after));
  if (!open) return false;
  const start = after + open[0].length - 1;
  const close = text.indexOf(')', start);
  if (close < 0 || EXAMPLES.test(text.slice(start, close))) return false;
  const [from, to] = [ctx.statement.start + start, ctx.statement.start + close];
  return ctx.matches.some((match) => match.start > from && match.start < to && categoryInfo(match.category).section === 'typed');
}

export function addGenericPersonalData(ctx: StatementContext, text: string, leadText: string, found: Map<CategoryId, Evidence>): void {
  const { statement } = ctx;
  const offset = statement.start;
  const catchAll = findCatchAll(text);
  // The verb must be outside the catch-all: «Information you give us» names data, it collects nothing.
  const outside = catchAll ? text.slice(0, catchAll.index) + text.slice(catchAll.index + catchAll[0].length) : text;
  if (catchAll && inCollection(ctx, outside, leadText) && !isSpeltOut(ctx, text, catchAll)) {
    found.set('personal_data_generic', { start: offset + catchAll.index, end: offset + catchAll.index + catchAll[0].length, generic: true });
    return;
  }
  const namesTypedData = [...found.keys()].some((category) => categoryInfo(category).section === 'typed');
  const unlisted = statement.role === 'sentence' && !namesTypedData && ctx.definedTermEnd < 0 ? findUnlistedPersonalData(text) : null;
  if (unlisted) found.set('personal_data_generic', { start: offset + unlisted.index, end: offset + unlisted.index + unlisted[0].length, generic: true });
}
