/**
 * Declarations of one statement: which categories its lexicon hits name, and with which status.
 * Within a statement the status is read in this order: negated (unless exceptions make it
 * conditional), generic (only a catch-all names the category), conditional, declared.
 */
import { categoryInfo, type CategoryId } from '../categories';
import type { Declaration, DeclarationStatus, Language } from '../schema/policy';
import { blankOtherParentheses, blankParenthesesOutside, clauseAround, clauseBounds, semicolonPartAround } from './modality/clauses';
import { deniesContents } from './modality/contents-denial';
import { dashMemberView } from './modality/dash-member';
import { deniedAfter } from './modality/denied-after';
import { consentBasis } from './modality/consent-basis';
import { isExplanation } from './modality/definition';
import { blankExclusionAfter, isDeniedExclusion } from './modality/exclusion';
import { isLeftOut, mayLeaveOut } from './modality/left-out';
import { headingCondition } from './modality/heading-condition';
import { existenceCondition } from './modality/if-any';
import { findException } from './modality/negation';
import { optionalAfterAll } from './modality/not-required';
import { conditionOf, leadConditionOf, modalityOf, type Modality } from './modality/memo';
import { isEnteredElsewhere, isOutOfScope } from './modality/out-of-scope';
import { findPeriod, isRetentionContext } from './modality/periods';
import { findRecipient, isSharingContext } from './modality/recipients';
import { namesPersonInScope } from './modality/scope-persons';
import { isMessageTopic } from './modality/message-topic';
import { isPersonsChoice } from './modality/person-choice';
import { restrictedAfter } from './modality/restricted-after';
import { rowCondition } from './modality/row-condition';
import { addGenericPersonalData } from './personal-data-evidence';
import { evidenceByCategory, type Evidence } from './evidence';
import { quoteSpan } from './quote';
import { periodInRetentionColumn } from './retention-column';
import { isTableHeader } from './table-header';
import type { Statement } from './statements';
import type { TermMatch } from './term-matches';

export interface StatementContext {
  /** Source text: quotes are cut from it. */
  source: string;
  /** Same-length analysis text with conversion debris masked. */
  analysis: string;
  statement: Statement;
  matches: readonly TermMatch[];
  section: string | null;
  /** The heading the statement sits under ('' when none). */
  heading: string;
  /** Where the run of short unpunctuated lines the statement ends starts («Data this app may collect» over «Other info»), -1 when none. */
  runStart: number;
  language: Language;
  /**
 * Where the term a definition defines ends («Биометрические данные —»); a definition outside a glossary, which may be a
 * label, ends its term where it starts (its block's start). -1 outside definitions.
 */
  definedTermEnd: number;
  /** Modality of texts already read in this parse: a list's lead is read once for all its items. */
  memo: Map<string, Modality>;
}

/**
 * A recipient named under a lead or heading about handing data over («передает персональные данные:», "Who receives your data").
 * There «Кредитные бюро — для проверки…» is a label, whose defined term ends where it starts: only a glossary's entry, whose
 * term ends after the statement's start, is skipped.
 */
function addBareRecipient(ctx: StatementContext, text: string, leadText: string, found: Map<CategoryId, Evidence>): void {
  if (found.has('third_party_sharing') || ctx.statement.role === 'lead' || ctx.definedTermEnd > ctx.statement.start) return;
  if (!isSharingContext(leadText) && !isSharingContext(ctx.heading)) return;
  const recipient = findRecipient(text);
  if (recipient) found.set('third_party_sharing', { start: ctx.statement.start + recipient.index, end: ctx.statement.start + recipient.index + recipient[0].length, generic: false });
}

/** A period listed under a lead or heading about how long data is kept («Договоры — 5 лет», a label as above), or in a table's retention column. */
function addBarePeriod(ctx: StatementContext, text: string, leadText: string, found: Map<CategoryId, Evidence>): void {
  if (found.has('retention') || ctx.statement.role === 'lead' || ctx.definedTermEnd > ctx.statement.start) return;
  if (!isRetentionContext(leadText) && !isRetentionContext(ctx.heading)) {
    const inColumn = periodInRetentionColumn(ctx.analysis, ctx.statement.start);
    if (inColumn) found.set('retention', { ...inColumn, generic: false });
    return;
  }
  const period = findPeriod(text);
  if (period) found.set('retention', { start: ctx.statement.start + period.index, end: ctx.statement.start + period.index + period[0].length, generic: false });
}

/** A list's text with the other items' parentheses blanked, once per item however many categories it names. */
const itemViews = new WeakMap<Statement, string>();

/** The clause a condition is read from, without the parentheses or dash-set conditions of the list's other members. */
function conditionClause(ctx: StatementContext, scopeText: string, position: number, clauseText: string): string {
  const { statement } = ctx;
  let base = scopeText;
  if (statement.role === 'item' && scopeText.includes('(')) {
    let view = itemViews.get(statement);
    if (view === undefined) {
      view = blankParenthesesOutside(scopeText, statement.start - statement.scope.start, statement.end - statement.scope.start);
      itemViews.set(statement, view);
    }
    base = view;
  }
  if (!clauseText.includes(' — ') && !clauseText.includes(' – ')) return base === scopeText ? clauseText : clauseAround(base, position);
  const [start, end] = clauseBounds(base, position);
  return dashMemberView(base.slice(start, end), position - start, ctx.memo);
}

/** Payment details the person may type on a bank's own page rather than give to the operator. */
const PAYMENT_DETAILS: ReadonlySet<CategoryId> = new Set(['bank_card', 'bank_account']);

/** A lead's denial of handing data over («We do not transfer data abroad:») does not deny that what is sent is encrypted. */
const KEEPS_OWN_STATUS: ReadonlySet<CategoryId> = new Set(['secure_transmission']);

function statusOf(ctx: StatementContext, category: CategoryId, evidence: Evidence, leadText: string): { status: DeclarationStatus; condition?: string } | null {
  const { scope } = ctx.statement;
  const scopeText = ctx.analysis.slice(scope.start, scope.end);
  const position = Math.max(0, evidence.start - scope.start);
  const clauseText = clauseAround(scopeText, position);
  const denialSource = blankExclusionAfter(scopeText.includes('(') ? blankOtherParentheses(scopeText, position) : scopeText, position);
  const denialText = denialSource === scopeText ? clauseText : clauseAround(denialSource, position);
  // A lead's aside («(тізбе толық, басқа деректер берілген жоқ)») denies something other than its items.
  const lead = modalityOf(leadText.includes('(') ? blankOtherParentheses(leadText) : leadText, ctx.memo);
  // Typed on another company's page, payment details are that company's: the lead's «we do not ask for:» is not said of them.
  // Read without the other parentheses: «номер карты (CVV-код вводится на странице провайдера)» says it of the CVV only.
  const enteredElsewhere = PAYMENT_DETAILS.has(category) && isEnteredElsewhere(denialText);
  if (modalityOf(denialText, ctx.memo).negated || deniedAfter(scopeText, position) || (lead.negated && !KEEPS_OWN_STATUS.has(category) && !enteredElsewhere)) {
    const exception = isDeniedExclusion(scopeText, position) ? null : findException(semicolonPartAround(scopeText, position)) ?? lead.exception ?? optionalAfterAll(scopeText);
    return exception ? { status: 'conditional', condition: exception } : { status: 'negated' };
  }
  // «cookie не содержат ваших ИИН»: the contents named after the verb are denied, the container before it is not.
  if (deniesContents(scopeText, position)) return { status: 'negated' };
  // Typed on a bank's page, it is the bank's collection; a denial in the same sentence («…; мы не храним номер карты») still counts.
  if (enteredElsewhere) return modalityOf(scopeText, ctx.memo).negated ? { status: 'negated' } : null;
  if (evidence.generic) return { status: 'generic' };
  const condition = conditionOf(conditionClause(ctx, scopeText, position, clauseText), ctx.memo)
    ?? existenceCondition(scopeText, position, evidence.end - scope.start) ?? rowCondition(scopeText) ?? restrictedAfter(scopeText, position) ?? leadConditionOf(leadText, ctx.memo) ?? consentBasis(leadText, ctx.heading) ?? headingCondition(ctx.heading);
  // What the person chooses to give is their choice; the channel it travels by is encrypted whatever they give.
  if (condition && KEEPS_OWN_STATUS.has(category) && isPersonsChoice(condition)) return { status: 'declared' };
  return condition ? { status: 'conditional', condition: condition.slice(0, 300) } : { status: 'declared' };
}

export function classifyStatement(ctx: StatementContext): Declaration[] {
  const { statement, analysis } = ctx;
  const text = analysis.slice(statement.start, statement.end);
  const leadText = statement.lead ? analysis.slice(statement.lead.start, statement.lead.end) : '';
  // A label is read with its value: «ИИК (IBAN):  KZ64 …» writes out the operator's own account.
  const outOfScope = isOutOfScope(text) || isOutOfScope(leadText) || (statement.role === 'lead' && statement.scope.end > statement.end && isOutOfScope(analysis.slice(statement.end, statement.scope.end)));
  if (outOfScope || isExplanation(ctx.heading, text)) return [];
  const kept = mayLeaveOut(text) ? ctx.matches.filter((match) => !isLeftOut(text, match.start - statement.start)) : ctx.matches;
  // A table's header names columns: «Name» is the cookie's, while «Срок хранения» still says periods are kept.
  const header = isTableHeader(analysis, statement);
  const matches = kept.filter((match) => (!header || categoryInfo(match.category).section === 'practice') && !namesPersonInScope(text, match.category)
    && !isMessageTopic(text, match.category, match.start - statement.start, match.end - statement.start));
  const found = evidenceByCategory(matches, ctx.definedTermEnd);
  addBareRecipient(ctx, text, leadText, found);
  addBarePeriod(ctx, text, leadText, found);
  addGenericPersonalData(ctx, text, leadText, found);
  const declarations: Declaration[] = [];
  for (const [category, evidence] of found) {
    const quote = quoteSpan(ctx.source, statement.start, statement.end, evidence.start, evidence.end);
    if (quote.length === 0) continue;
    const status = statusOf(ctx, category, evidence, leadText);
    if (status) declarations.push({ category, ...status, quote, section: ctx.section, language: ctx.language });
  }
  return declarations;
}
