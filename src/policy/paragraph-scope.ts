/**
 * Statements are classified one at a time, but a paragraph can qualify its own sentences:
 * - a run-in heading only names the topic (run-in-heading.ts);
 * - an exclusive condition («только если вы нажали…», "only if you switch on…", «… жағдайда ғана»), or one
 *   that leaves the item to the person («по желанию», "optional", «міндетті емес»), restricts the practice
 *   or the data wherever the same paragraph names it, unless it restricts only a case added with «также», "also"
 *   (added-case.ts); said of "they" («Они загружаются, только если…», «Олар … жағдайда ғана іске қосылады»), it
 *   restricts everything the paragraph declares, as does "they are not asked for unless you…" (denied-unless.ts) —
 *   unless it says when someone is contacted («Этому лицу мы позвоним, только если…»): that restricts the
 *   call, not the data (contacting.ts);
 * - «В таком случае…», «Мұндай жағдайда…» continues the previous sentence's condition, also over a list;
 * - a paragraph opening with its setting switched on («Если вы включите этот переключатель, …») or with the use of a
 *   feature left to the person («Использование кабинета — по желанию») is conditional throughout (setting-switch.ts,
 *   optional-use.ts);
 * - a device permission the paragraph says may be refused is conditional (permission-refusal.ts);
 * - «We never receive it» after a sentence naming data denies that data (pronoun-denial.ts);
 * - a paragraph under a settings switch left off («□ Analytics cookies  Off») or an optional box's title («☐ Резервные копии
 *   за рубежом») is conditional (switched-off.ts).
 */
import type { CategoryId } from '../categories';
import type { Declaration } from '../schema/policy';
import { lazyPattern } from './lazy';
import { findCondition } from './modality/condition';
import { deniedUnless } from './modality/denied-unless';
import { speaksOfContacting } from './modality/contacting';
import { narrowsSubject } from './modality/narrowed-subject';
import { isPersonsChoice, leavesToPerson } from './modality/person-choice';
import { openerCondition } from './modality/paragraph-opener';
import { addsCase } from './modality/added-case';
import { applyPermissionRefusal } from './permission-refusal';
import { applyPronounDenial } from './pronoun-denial';
import { dropHeadingRepeats } from './run-in-heading';
import { applySwitchedOff } from './switched-off';
import { UNCONDITIONAL } from './modality/unconditional';
import type { Statement } from './statements';

const PRONOUN_SUBJECT = lazyPattern(String.raw`^(?:они|оно|он|она|эти|это|олар|ол|бұлар|бұл|they|it|these|this)(?![\p{L}])`, 'iu');
/** «В таком случае», «Мұндай жағдайда», "In that case": the previous sentence's condition goes on, also after a semicolon. */
const ANAPHORIC_CASE = lazyPattern(String.raw`(?:^|;\s*)(?:в\s+(?:таком|этом)\s+случае|при\s+этом\s+условии|мұндай\s+жағдайда|бұл\s+жағдайда|in\s+(?:that|this|such\s+a)\s+case|if\s+so)(?![\p{L}])`, 'iu');
const EXCLUSIVE = lazyPattern(String.raw`(?<![\p{L}])(?:только|лишь|исключительно|only|solely|ғана|тек)(?![\p{L}])`, 'iu');

/** The paragraph's condition laid over a plain declaration. */
function asConditional(d: Declaration, condition: string): Declaration {
  return d.status === 'declared' ? { ...d, status: 'conditional', condition } : d;
}

/** Index ranges of consecutive statements that share a paragraph. */
function paragraphs(statements: readonly Statement[]): number[][] {
  const groups: number[][] = [];
  statements.forEach((statement, index) => {
    const last = groups[groups.length - 1];
    const previous = last?.[last.length - 1];
    if (last && previous !== undefined && statements[previous]?.blockIndex === statement.blockIndex) last.push(index);
    else groups.push([index]);
  });
  return groups;
}

/** «только», "only", «ғана» in the condition or, for «келісім берген жағдайда ғана», right after it in the quote. */
export function isExclusive(d: Declaration): boolean {
  return EXCLUSIVE().test(d.condition ?? '') || EXCLUSIVE().test(d.quote);
}

/** An exclusive condition said of "they": «Олар … жағдайда ғана іске қосылады». */
function pronounCondition(analysis: string, statement: Statement | undefined, declarations: readonly Declaration[]): string | null {
  if (!statement) return null;
  const text = analysis.slice(statement.start, statement.end);
  // «Эти сведения не запрашиваются, если вы не оформляете кредит»: not asked unless is an "only if" (denied-unless.ts).
  const unless = deniedUnless(text);
  if (unless !== null) return unless;
  // «Optional - collected only if you allow it»: a condition naming nothing itself is said of the paragraph's subject too,
  // unless the sentence narrows its own subject first.
  const exclusive = EXCLUSIVE().exec(text);
  if (!exclusive || (!PRONOUN_SUBJECT().test(text) && declarations.length > 0) || speaksOfContacting(text)) return null;
  return narrowsSubject(text.slice(0, exclusive.index)) ? null : findCondition(text);
}

function spreadExclusiveConditions(analysis: string, statements: readonly Statement[], group: readonly number[], perStatement: Declaration[][]): void {
  // Only a paragraph with something declared and more than one statement can be restricted.
  if (group.length < 2 || !group.some((index) => perStatement[index]?.some((d) => d.status === 'declared'))) return;
  const exclusive = new Map<CategoryId, string>();
  const [firstIndex = -1] = group;
  const first = statements[firstIndex];
  let forAll = first ? openerCondition(analysis.slice(first.start, first.end), (perStatement[firstIndex] ?? []).length > 0) : null;
  for (const index of group) {
    const statement = statements[index];
    const declarations = perStatement[index] ?? [];
    forAll ??= pronounCondition(analysis, statement, declarations);
    // Read only when an exclusive condition asks: most statements add no case.
    let added: boolean | undefined;
    const addsCaseHere = () => (added ??= statement !== undefined && addsCase(analysis.slice(statement.start, statement.end)));
    for (const d of declarations) {
      if (d.status !== 'conditional' || !d.condition || exclusive.has(d.category)) continue;
      if ((isExclusive(d) && !addsCaseHere()) || leavesToPerson(d.condition) || isPersonsChoice(d.condition)) exclusive.set(d.category, d.condition);
    }
  }
  if (exclusive.size === 0 && forAll === null) return;
  for (const index of group) {
    perStatement[index] = (perStatement[index] ?? []).map((d) => {
      const condition = exclusive.get(d.category) ?? forAll;
      return condition && !UNCONDITIONAL().test(d.quote) ? asConditional(d, condition) : d;
    });
  }
}

/**
 * «… келсе ғана өтесіз. Бұл жағдайда біз:» — a sentence (or a list lead, for all its items) opening
 * with «в таком случае» takes the previous sentence's condition, whether or not that sentence named a category, unless it
 * declared something without it.
 */
function carryCaseConditions(analysis: string, statements: readonly Statement[], perStatement: Declaration[][]): void {
  const carried = new Map<number, string | null>();
  const conditionBefore = (openerStart: number): string | null => {
    if (carried.has(openerStart)) return carried.get(openerStart) ?? null;
    const opener = statements.findIndex((s) => s.start === openerStart && s.role !== 'item');
    const previous = statements[opener - 1];
    let condition: string | null = null;
    if (previous && statements[opener]?.blockIndex === previous.blockIndex) {
      // A sentence that declared something plainly set no case: its condition qualified one member («…, а нотариусам — только
      // с согласия»), and the case «в этом случае» takes up is the one said right before it.
      const said = perStatement[opener - 1] ?? [];
      condition = said.find((d) => d.status === 'conditional')?.condition
        ?? (said.some((d) => d.status === 'declared') ? null : findCondition(analysis.slice(previous.start, previous.end)));
    }
    carried.set(openerStart, condition);
    return condition;
  };
  statements.forEach((statement, index) => {
    if ((perStatement[index] ?? []).length === 0) return;
    const opener = statement.role === 'item' && statement.lead ? statement.lead : statement;
    if (!ANAPHORIC_CASE().test(analysis.slice(opener.start, opener.end))) return;
    const condition = conditionBefore(opener.start);
    if (condition) perStatement[index] = (perStatement[index] ?? []).map((d) => asConditional(d, condition));
  });
}

/** Applies the paragraph rules to the per-statement declarations (same order as `statements`). */
export function applyParagraphScope(analysis: string, statements: readonly Statement[], perStatement: Declaration[][]): Declaration[][] {
  const adjusted = perStatement.map((list) => [...list]);
  carryCaseConditions(analysis, statements, adjusted);
  for (const group of paragraphs(statements)) {
    const first = group[0] === undefined ? undefined : statements[group[0]];
    if (first) dropHeadingRepeats(group, adjusted, analysis.slice(first.start, first.end));
    spreadExclusiveConditions(analysis, statements, group, adjusted);
    applyPermissionRefusal(analysis, statements, group, adjusted);
    applySwitchedOff(analysis, statements, group, adjusted);
    applyPronounDenial(analysis, statements, group, adjusted);
  }
  return adjusted;
}
