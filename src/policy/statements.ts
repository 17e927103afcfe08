/**
 * Statements are the units that carry declarations: sentences, the lead-in of a list, and each list
 * item. A lead ending with a colon opens a list; items follow on the same line (separated by «;» or
 * «,») or on the next lines, and inherit the lead's negation, condition or context.
 */
import type { Block } from './blocks';
import { ITEM_LEVEL } from './section-marker';
import { findLeadColon, hasTopLevel, splitSentences, splitTopLevel, trimSpan, type Span } from './sentences';

export type StatementRole = 'sentence' | 'lead' | 'item';

export interface Statement extends Span {
  role: StatementRole;
  blockIndex: number;
  /** The list lead-in an item belongs to. */
  lead: Span | null;
  /** The text negation and conditions are read from (a comma-separated item reads its whole sentence). */
  scope: Span;
}

interface OpenList { lead: Span; level: number | null }

const MAX_UNMARKED_ITEM = 200;
const BULLET_START = /^[-–—•·*▪]/u;

function continuesList(text: string, block: Block, list: OpenList): boolean {
  const marker = block.marker;
  // An unnumbered lead («Optional data:») over numbered lines: they are its items.
  if (marker) return marker.level === ITEM_LEVEL || list.level === null || marker.level > list.level;
  const body = text.slice(block.bodyStart, block.end);
  return body.length <= MAX_UNMARKED_ITEM || BULLET_START.test(body) || hasTopLevel(text, block.bodyStart, block.end, ';');
}

function endsList(text: string, span: Span): boolean {
  return /[.!?]["»)]*$/u.test(text.slice(Math.max(span.start, span.end - 3), span.end));
}

export function buildStatements(text: string, blocks: readonly Block[], headingBlocks: ReadonlySet<number>): Statement[] {
  const out: Statement[] = [];
  let list: OpenList | null = null;
  blocks.forEach((block, blockIndex) => {
    if (headingBlocks.has(blockIndex)) { list = null; return; }
    const body = trimSpan(text, block.bodyStart, block.end);
    if (!body) return;
    const openList: OpenList | null = list && continuesList(text, block, list) ? list : null;
    if (openList && text[body.end - 1] !== ':') {
      for (const sentence of splitSentences(text, body.start, body.end)) {
        for (const part of splitTopLevel(text, sentence.start, sentence.end, ';')) {
          out.push({ ...part, role: 'item', blockIndex, lead: openList.lead, scope: part });
        }
      }
      list = endsList(text, body) ? null : openList;
      return;
    }
    list = readParagraph(text, body, block, blockIndex, out);
  });
  return out;
}

/** Sentences of an ordinary paragraph; returns the list its last sentence opens, if any. */
function readParagraph(text: string, body: Span, block: Block, blockIndex: number, out: Statement[]): OpenList | null {
  const sentences = splitSentences(text, body.start, body.end);
  let opened: OpenList | null = null;
  for (const [index, sentence] of sentences.entries()) {
    opened = null;
    const colon = findLeadColon(text, sentence.start, sentence.end);
    if (colon < 0) {
      out.push({ ...sentence, role: 'sentence', blockIndex, lead: null, scope: sentence });
      continue;
    }
    const lead: Span = { start: sentence.start, end: colon + 1 };
    out.push({ ...lead, role: 'lead', blockIndex, lead: null, scope: lead });
    const tail = trimSpan(text, colon + 1, sentence.end);
    if (tail) pushInlineItems(text, tail, lead, blockIndex, out);
    const tailOpen = !tail || /[;,]$/u.test(text.slice(tail.end - 1, tail.end));
    if (index === sentences.length - 1 && tailOpen) opened = { lead, level: block.marker?.level ?? null };
  }
  return opened;
}

function pushInlineItems(text: string, tail: Span, lead: Span, blockIndex: number, out: Statement[]): void {
  const bySemicolon = hasTopLevel(text, tail.start, tail.end, ';') || text[tail.end - 1] === ';';
  const parts = splitTopLevel(text, tail.start, tail.end, bySemicolon ? ';' : ',');
  for (const part of parts) {
    out.push({ ...part, role: 'item', blockIndex, lead, scope: bySemicolon ? part : tail });
  }
}
