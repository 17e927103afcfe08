/**
 * FAQ pages ask and then answer: «Используете ли вы мою геолокацию?» — «Нет. Сайт не запрашивает…».
 * An answered question declares nothing itself (an unanswered one is a questionnaire's item, «Являетесь
 * ли вы ИПДЛ?»); it names the category, and the answer's first word gives its
 * status: «Нет», "No", «Жоқ» deny it; «Да», "Yes", «Иә» declare it; «Не обязательно» or a condition
 * («Только если вы…») make it conditional. The quote is the question with the answer's first sentence.
 */
import type { CategoryId } from '../categories';
import type { Declaration, Language } from '../schema/policy';
import type { Block } from './blocks';
import type { Span } from './sentences';
import { lazyPattern } from './lazy';
import { findCondition } from './modality/condition';
import { findNegation } from './modality/negation';
import { findPeriod, isRetentionContext } from './modality/periods';
import { findRecipient, isSharingContext } from './modality/recipients';
import { quoteSpan } from './quote';
import type { Statement } from './statements';
import type { TermMatch } from './term-matches';

const NO = lazyPattern(String.raw`^(?:нет|no|жоқ|никогда|never|ешқашан)(?![\p{L}])`, 'iu');
const YES = lazyPattern(String.raw`^(?:да|yes|иә|әрине|конечно|of\s+course)(?![\p{L}])`, 'iu');
/** «Нет, если вы сами не…», "No, unless you…": a denial with a way round it. */
const NO_UNLESS = lazyPattern(String.raw`^(?:нет|no|жоқ),?\s+(?:если|кроме|unless|except|only\s+if|егер)(?:\s+[\p{L}-]+){0,4}`, 'iu');
/**
 * «Нужно ли указывать контактное лицо?» — «Нет»: asked whether the person must give an item, a no makes it optional,
 * not denied, unless the answer goes on to deny it («Нет. Сканировать документ не нужно»). «Нужен ли вам доступ к
 * камере?» asks what the operator needs: a no there denies it.
 */
const ASKS_IF_REQUIRED = lazyPattern([
  String.raw`(?<![\p{L}])(?:нужно|надо|обязательно|необходимо)(?:\s+ли)?\s+(?:мне\s+)?(?:указ|предостав|да(?:ва)?ть|заполн|загруз|прилож|приклад|сообщ|ввод|ввести)\p{L}*`,
  String.raw`(?<![\p{L}])(?:(?:do|must|should)\s+I(?:\s+(?:have|need)\s+to)?\s+(?:give|provide|enter|add|name|share|fill|upload|submit)|(?:is|are)\s+(?:[\p{L}-]+\s+){1,3}?(?:mandatory|required|compulsory|obligatory)(?=\s*\?))`,
  String.raw`(?<![\p{L}])(?:көрсету|беру|енгізу|жүктеу|толтыру)\s+(?:міндетті\s+ме|қажет\s+пе|керек\s+пе)(?![\p{L}])`,
].join('|'), 'iu');
const NOT_REQUIRED = lazyPattern(String.raw`^(?:не\s+обязательно|необязательно|not\s+necessarily|міндетті\s+емес)`, 'iu');

export interface FaqContext {
  source: string;
  analysis: string;
  blocks: readonly Block[];
  headingBlocks: ReadonlySet<number>;
  statements: readonly Statement[];
  matches: readonly TermMatch[];
  sectionOf: (blockIndex: number) => string | null;
  languageOf: (statementIndex: number) => Language;
}

interface Question extends Span { blockIndex: number; statementIndex: number | null }

/**
 * `answered`: question statements whose own declarations give way to the answer's; `restated`: the
 * answer's first sentence, whose mentions of the question's categories are already in the FAQ
 * declaration («Нет, если вы сами не отправляете международный перевод» is no plain cross-border transfer).
 */
export interface FaqResult { declarations: Declaration[]; answered: Set<number>; restated: Map<number, Set<CategoryId>> }

const ENDS_WITH_QUESTION_MARK = lazyPattern(String.raw`\?["»”)]*\s*$`, 'u');

function isQuestion(text: string): boolean {
  return ENDS_WITH_QUESTION_MARK().test(text);
}

/**
 * «Да, если вы включили доступ» is a conditional yes. An answer that opens by explaining («Чтобы пройти
 * идентификацию.») is read on through its paragraph: «Разрешение запрашивается, когда вы нажимаете…».
 */
function answerStatus(question: string, answer: string, paragraph: string): { status: Declaration['status']; condition?: string } | null {
  const unless = NO_UNLESS().exec(answer);
  if (unless) return { status: 'conditional', condition: unless[0] };
  const no = NO().exec(answer);
  if (no) return ASKS_IF_REQUIRED().test(question) && !findNegation(paragraph.slice(no[0].length)) ? { status: 'conditional', condition: `${question.trim()} ${no[0]}`.slice(0, 300) } : { status: 'negated' };
  const optional = NOT_REQUIRED().exec(answer);
  if (optional) return { status: 'conditional', condition: optional[0] };
  const yes = YES().test(answer);
  const condition = findCondition(answer) ?? (yes ? null : findCondition(paragraph));
  if (condition) return { status: 'conditional', condition: condition.slice(0, 300) };
  return yes ? { status: 'declared' } : null;
}

/**
 * «А микрофон?» — «Приложение микрофоном не пользуется.»: an answer without a yes or no that names the question's category
 * answers it in its own words, which are read as any sentence is; the question then declares nothing.
 */
function restatesCategory(matches: readonly TermMatch[], answer: Span, categories: ReadonlySet<CategoryId>): boolean {
  return matches.some((m) => m.start >= answer.start && m.end <= answer.end && categories.has(m.category));
}

/** Questions set as headings and questions set as sentences, in text order. */
function questionsOf(ctx: FaqContext): Question[] {
  const found: Question[] = [];
  for (const index of ctx.headingBlocks) {
    const block = ctx.blocks[index];
    if (block && isQuestion(ctx.analysis.slice(block.bodyStart, block.end))) found.push({ start: block.bodyStart, end: block.end, blockIndex: index, statementIndex: null });
  }
  ctx.statements.forEach((statement, statementIndex) => {
    if (isQuestion(ctx.analysis.slice(statement.start, statement.end))) found.push({ start: statement.start, end: statement.end, blockIndex: statement.blockIndex, statementIndex });
  });
  return found.sort((a, b) => a.start - b.start);
}

export function faqDeclarations(ctx: FaqContext): FaqResult {
  const out: Declaration[] = [];
  const answered = new Set<number>();
  const restated = new Map<number, Set<CategoryId>>();
  let next = 0;
  for (const question of questionsOf(ctx)) {
    const categories = new Set<CategoryId>(ctx.matches.filter((m) => !m.generic && m.start >= question.start && m.end <= question.end).map((m) => m.category));
    while (next < ctx.statements.length && (ctx.statements[next]?.start ?? 0) < question.end) next += 1;
    const answer = ctx.statements[next];
    if (!answer) continue;
    const answerText = ctx.analysis.slice(answer.start, answer.end).trimStart();
    // «Сколько вы храните мои данные?» — «5 лет после погашения»: a period answers a retention question.
    const questionText = ctx.analysis.slice(question.start, question.end);
    if (isRetentionContext(questionText) && findPeriod(answerText)) categories.add('retention');
    // «Кому вы передаёте мои данные?» — «Кредитным бюро и банку-партнёру»: a recipient answers a sharing question.
    const namesRecipient = isSharingContext(questionText) && findRecipient(answerText) !== null;
    if (namesRecipient) categories.add('third_party_sharing');
    if (categories.size === 0) continue;
    const paragraph = ctx.blocks[answer.blockIndex];
    const status = answerStatus(questionText, answerText, paragraph ? ctx.analysis.slice(answer.start, paragraph.end) : answerText) ?? (categories.has('retention') || namesRecipient ? { status: 'declared' as const } : null);
    if (!status) {
      if (question.statementIndex !== null && restatesCategory(ctx.matches, answer, categories)) answered.add(question.statementIndex);
      continue;
    }
    if (question.statementIndex !== null) answered.add(question.statementIndex);
    restated.set(next, categories);
    const quote = quoteSpan(ctx.source, question.start, answer.end);
    for (const category of categories) {
      out.push({ category, ...status, quote, section: ctx.sectionOf(question.blockIndex), language: ctx.languageOf(next) });
    }
  }
  return { declarations: out, answered, restated };
}
