/**
 * The parser pipeline: check the input, turn a page into text, mask conversion debris, find
 * paragraphs, sections and statements, then classify every statement with its lexicon hits.
 */
import { sha256Hex } from '../util/sha256';
import { splitBlocks, type Block } from './blocks';
import { settleCaptionDenials } from './caption-denial';
import { classifyStatement } from './classify';
import { settleConsentGated } from './consent-gated';
import { settleCookieBorne } from './cookie-borne';
import { htmlToText, looksLikeHtml } from './html';
import { checkInput } from './input-check';
import { runStarts } from './label-runs';
import { definedTermEnd } from './modality/definition';
import type { Modality } from './modality/memo';
import { maskNoise } from './noise';
import { faqDeclarations } from './faq-answers';
import { settleDevicePermissions } from './device-permission';
import { applyParagraphScope } from './paragraph-scope';
import { isReferenceMention, settleReferences } from './reference-mentions';
import { looksLikePolicy } from './policy-vocabulary';
import { applySectionRefusal } from './section-refusal';
import { hasMarkedRows, isUnmarkedListing } from './safety-rows';
import { layoutSections } from './sections';
import { layoutLanguages } from './statement-languages';
import { buildStatements, type Statement } from './statements';
import { findTermMatches, type TermMatch } from './term-matches';
import type { ParseCoreResult, ParseOptions, ParseResult } from './types';
import { MAX_CONDITION_CHARS, type Declaration } from '../schema/policy';

/** Term matches grouped by the statement that contains their start (statements are in text order). */
function matchesPerStatement(statements: readonly Statement[], matches: readonly TermMatch[]): TermMatch[][] {
  const grouped: TermMatch[][] = statements.map(() => []);
  let index = 0;
  for (const match of matches) {
    while (index < statements.length && (statements[index]?.end ?? 0) <= match.start) index += 1;
    const statement = statements[index];
    if (statement && statement.start <= match.start) grouped[index]?.push(match);
  }
  return grouped;
}

/** The text of the heading each block sits under ('' before the first heading). */
function headingsOf(analysis: string, blocks: readonly Block[], headingBlocks: ReadonlySet<number>): string[] {
  let current = '';
  return blocks.map((block, index) => {
    if (headingBlocks.has(index)) current = analysis.slice(block.bodyStart, block.end);
    return current;
  });
}

/**
 * A condition's words as the text has them, whitespace folded and cut to the schema's bound: some rules quote a
 * match whose spaces are unbounded, and a page's tab runs can make it long.
 */
function boundCondition(d: Declaration): Declaration {
  if (d.condition === undefined) return d;
  const condition = d.condition.replace(/\s+/gu, ' ').trim().slice(0, MAX_CONDITION_CHARS);
  return condition === d.condition ? d : { ...d, condition };
}

function dedupe(declarations: readonly Declaration[]): Declaration[] {
  const seen = new Set<string>();
  return declarations.map(boundCondition).filter((d) => {
    const key = `${d.category}\u0000${d.status}\u0000${d.quote}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Synchronous core (no hashing): used by `parsePolicy` and by the benchmarks. */
export function parsePolicySync(input: string, options: ParseOptions): ParseCoreResult {
  const problem = checkInput(input);
  if (problem) return { ok: false, error: problem };
  const text = looksLikeHtml(input) ? htmlToText(input) : input;
  if (text.trim().length === 0) return { ok: false, error: { code: 'empty', message: 'The page has no text to parse.' } };
  if (!looksLikePolicy(text)) {
    return { ok: false, error: { code: 'not_policy', message: 'The text does not read like a privacy policy or consent: it never speaks of personal data, privacy or its processing.' } };
  }
  const analysis = maskNoise(text);
  const blocks = splitBlocks(analysis);
  const layout = layoutSections(analysis, blocks);
  const statements = buildStatements(analysis, blocks, layout.headingBlocks);
  const languages = layoutLanguages(analysis, blocks, statements, options.lang ?? 'auto');
  const matches = findTermMatches(analysis, blocks.map((block) => block.start));
  const grouped = matchesPerStatement(statements, matches);
  const memo = new Map<string, Modality>();
  const headings = headingsOf(analysis, blocks, layout.headingBlocks);
  const definedTerms = blocks.map((block, index) => {
    const end = definedTermEnd(analysis.slice(block.bodyStart, block.end), headings[index]);
    return end < 0 ? -1 : block.bodyStart + end;
  });
  const runs = runStarts(analysis, statements, grouped);
  const perStatement = statements.map((statement, i) => classifyStatement({
    source: text,
    analysis,
    statement,
    matches: grouped[i] ?? [],
    section: layout.blockSection[statement.blockIndex] ?? null,
    heading: headings[statement.blockIndex] ?? '',
    runStart: runs[i] ?? -1,
    language: languages.statement[i] ?? 'ru',
    definedTermEnd: definedTerms[statement.blockIndex] ?? -1,
    memo,
  }));
  // A lead is read with its line: «Selfie and ID images: 90 days» names the period after the colon.
  const referenceEnd = (statement: Statement) => (statement.role === 'lead' ? blocks[statement.blockIndex]?.end : undefined) ?? statement.end;
  const markedRows = hasMarkedRows(analysis);
  // A data-safety block's summary line only points at the marked rows below it, as a reference does.
  const isReference = (statement: Statement): boolean => (markedRows && isUnmarkedListing(analysis, statement)) || isReferenceMention(
    analysis.slice(statement.start, referenceEnd(statement)),
    statement.lead ? analysis.slice(statement.lead.start, statement.lead.end) : '',
    headings[statement.blockIndex] ?? '',
  );
  const references = statements.map((statement, i) => (perStatement[i]?.length ?? 0) > 0 && isReference(statement));
  const faq = faqDeclarations({
    source: text, analysis, blocks, headingBlocks: layout.headingBlocks, statements, matches,
    sectionOf: (index) => layout.blockSection[index] ?? null, languageOf: (index) => languages.statement[index] ?? 'ru',
  });
  for (const index of faq.answered) perStatement[index] = [];
  for (const [index, categories] of faq.restated) perStatement[index] = (perStatement[index] ?? []).filter((d) => !categories.has(d.category));
  const scoped = settleCaptionDenials(analysis, statements, applySectionRefusal(analysis, statements, layout.headingBlocks, applyParagraphScope(analysis, statements, perStatement)));
  const declarations = settleCookieBorne(settleConsentGated(settleDevicePermissions([...settleReferences(scoped, references), ...faq.declarations])));
  const sections = layout.sections.map(({ number, title, start, end, blockIndex }) => ({
    number, title, start, end, language: languages.block[blockIndex] ?? 'ru',
  }));
  return { ok: true, text, policy: { source: options.source, languages: languages.present, sections, declarations: dedupe(declarations) } };
}

export async function parsePolicy(input: string, options: ParseOptions): Promise<ParseResult> {
  const core = parsePolicySync(input, options);
  if (!core.ok) return core;
  return { ok: true, text: core.text, policy: { ...core.policy, sha256: await sha256Hex(input) } };
}
