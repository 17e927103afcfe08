/**
 * Statements are the units that carry declarations: sentences, the lead-in of a list, and each list
 * item. A lead ending with a colon opens a list; items follow on the same line (separated by «;» or
 * «,») or on the next lines, and inherit the lead's negation, condition or context. A label opening its
 * line («Camera: asked only when you tap…») takes its own status from the first item after it; a consent
 * form's box lines («[ ] 3.5. Я согласен…») and bullets of whole sentences («- Email. You may leave it out.») all stay
 * items of the lead above them.
 */
import { CHECKBOX_START, type Block } from './blocks';
import { ITEM_LEVEL } from './section-marker';
import { leadColonOf, partsOf, splitsAt } from './separator-search';
import { splitSentences, trimSpan, type Span } from './sentences';

export type StatementRole = 'sentence' | 'lead' | 'item';

export interface Statement extends Span {
  role: StatementRole;
  blockIndex: number;
  /** The list lead-in an item belongs to. */
  lead: Span | null;
  /** The text negation and conditions are read from (a comma-separated item reads its whole sentence). */
  scope: Span;
}

/** `sameStart`: its last item closed with a full stop, and only another line opening the same way (a box, a bullet) goes on with it. */
interface OpenList { lead: Span; level: number | null; sameStart?: RegExp }

const MAX_UNMARKED_ITEM = 200;
const MAX_LABEL_WORDS = 3;
const BULLET_START = /^[-–—•·*▪]/u;
/** Lines whose items may be whole sentences, each closed with a full stop: a consent form's boxes, bullets («- Email. Optional.»). */
const SENTENCE_ITEM_STARTS = [CHECKBOX_START, BULLET_START];

/** Spelled out: spreading the span into the literal took more than half of building the statements. */
function statementOf(span: Span, role: StatementRole, blockIndex: number, lead: Span | null, scope: Span): Statement {
  return { start: span.start, end: span.end, role, blockIndex, lead, scope };
}

function continuesList(text: string, block: Block, list: OpenList): boolean {
  if (list.sameStart) return list.sameStart.test(text.slice(block.start, block.end));
  const marker = block.marker;
  // An unnumbered lead («Optional data:») over numbered lines: they are its items.
  if (marker) return marker.level === ITEM_LEVEL || list.level === null || marker.level > list.level;
  const body = text.slice(block.bodyStart, block.end);
  return body.length <= MAX_UNMARKED_ITEM || BULLET_START.test(body) || splitsAt(text, block.bodyStart, block.end, ';');
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
        for (const part of partsOf(text, sentence.start, sentence.end, ';')) {
          out.push(statementOf(part, 'item', blockIndex, openList.lead, part));
        }
      }
      // «Optional:» over «[ ] I agree to … .» or «- Email address. You may leave it out.» lines: each box or bullet holds whole
      // sentences, and the boxes or bullets below it are the lead's items too.
      if (!endsList(text, body)) { list = openList; return; }
      const bodyText = text.slice(body.start, body.end);
      const sameStart = SENTENCE_ITEM_STARTS.find((start) => start.test(bodyText));
      list = sameStart ? { ...openList, sameStart } : null;
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
    const colon = leadColonOf(text, sentence.start, sentence.end);
    if (colon < 0) {
      out.push(statementOf(sentence, 'sentence', blockIndex, null, sentence));
      continue;
    }
    const lead: Span = { start: sentence.start, end: colon + 1 };
    const leadStatement = statementOf(lead, 'lead', blockIndex, null, lead);
    out.push(leadStatement);
    const tail = trimSpan(text, colon + 1, sentence.end);
    const firstItem = tail ? pushInlineItems(text, tail, lead, blockIndex, out) : null;
    // «Camera: asked only when you tap Scan», «Микрофон: никогда»: a label's own status is what follows it on the line.
    if (firstItem && index === 0 && isLabel(text, lead)) leadStatement.scope = { start: lead.start, end: firstItem.end };
    const tailOpen = !tail || /[;,]$/u.test(text.slice(tail.end - 1, tail.end));
    if (index === sentences.length - 1 && tailOpen) opened = { lead, level: block.marker?.level ?? null };
  }
  return opened;
}

/** The items after a lead's colon on its line; returns the first. */
function pushInlineItems(text: string, tail: Span, lead: Span, blockIndex: number, out: Statement[]): Span | null {
  const bySemicolon = splitsAt(text, tail.start, tail.end, ';') || text[tail.end - 1] === ';';
  const parts = partsOf(text, tail.start, tail.end, bySemicolon ? ';' : ',');
  for (const part of parts) {
    out.push(statementOf(part, 'item', blockIndex, lead, bySemicolon ? part : tail));
  }
  return parts[0] ?? null;
}

/** A line's label: a few words before the colon («Camera:», «Device data:», «Геолокация:»), a bullet before them aside. */
function isLabel(text: string, lead: Span): boolean {
  const words = text.slice(lead.start, lead.end - 1).replace(BULLET_START, '').trim().split(/\s+/u);
  return words.length <= MAX_LABEL_WORDS;
}
