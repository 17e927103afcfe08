/**
 * Paragraphs ("blocks") of the analysis text with their offsets. A line is a paragraph, except that
 * lines broken by a converter are joined back (the next line starts in lower case, or a long line
 * stops mid-sentence), and a paragraph number glued into a line starts a new paragraph.
 */
import { lazyPattern } from './lazy';
import { INLINE_MARKER, parseMarker, type SectionMarker } from './section-marker';
import { isTableRow } from './sentences';

export interface Block {
  start: number;
  end: number;
  /** Where the text after the section number starts. */
  bodyStart: number;
  marker: SectionMarker | null;
}

interface Line {
  start: number;
  end: number;
  /** A blank line stands above it: a paragraph ended there (an HTML page's elements end so), never a wrap. */
  afterBlank?: boolean;
}

function trimmedLine(text: string, start: number, end: number): Line | null {
  let from = start;
  let to = end;
  while (from < to && /\s/u.test(text[from] ?? '')) from += 1;
  while (to > from && /\s/u.test(text[to - 1] ?? '')) to -= 1;
  return from < to ? { start: from, end: to } : null;
}

function rawLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let blank = false;
  for (;;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const line = trimmedLine(text, start, end);
    if (line) lines.push(...splitAtInlineMarkers(text, { ...line, afterBlank: blank }));
    blank = line === null;
    if (newline < 0) return lines;
    start = newline + 1;
  }
}

function splitAtInlineMarkers(text: string, line: Line): Line[] {
  const slice = text.slice(line.start, line.end);
  const cuts = [...slice.matchAll(INLINE_MARKER())].map((m) => line.start + m.index);
  const bounds = [line.start, ...cuts, line.end];
  const parts: Line[] = [];
  for (let i = 0; i + 1 < bounds.length; i += 1) {
    const part = trimmedLine(text, bounds[i] ?? line.start, bounds[i + 1] ?? line.end);
    if (part) parts.push(i === 0 ? { ...part, afterBlank: line.afterBlank } : part);
  }
  return parts;
}

/** «[ ]», «[x]», «☐»: a consent form's box in front of its line. */
export const CHECKBOX_START = /^(?:\[[\sxX✓✔]?\]|[☐☑☒□■])/u;

const STARTS_LOWER = lazyPattern(String.raw`^[\p{Ll}]`, 'u');
const ENDS_OPEN = lazyPattern(String.raw`[\p{L}\p{N},)»]$`, 'u');
const ENDS_MID_SENTENCE = lazyPattern(String.raw`[\p{Ll},]$`, 'u');
/** An app permission named alone on its line («Camera», «Геолокация», «Контактілер»), its explanation indented below. */
const PERMISSION_LABEL = lazyPattern(String.raw`^(?:camera|location|geolocation|contacts|microphone|photos|storage|notifications|sms|phone|камера|геолокация|местоположение|контакты|микрофон|фото|уведомления|контактілер|орналасқан\s+жер|хабарламалар)$`, 'iu');

/** How far the line starts from the start of its own line (0 when not indented). */
function indentOf(text: string, line: Line): number {
  return line.start - (text.lastIndexOf('\n', line.start - 1) + 1);
}

/**
 * «      | cell» continues the row above; in a table framed with pipes («| Email | you, only if… |») the
 * first cell sits between the first two pipes, so a new row opens with a pipe too and must not join
 * the one above (joined, one row's condition would qualify the whole table).
 */
function startsWithEmptyCell(text: string, previous: Line, next: Line): boolean {
  if (text[next.start] !== '|') return false;
  if (text[previous.start] !== '|') return true;
  const second = text.indexOf('|', next.start + 1);
  return second >= 0 && second < next.end && text.slice(next.start + 1, second).trim() === '';
}

function hasCell(text: string, line: Line): boolean {
  const pipe = text.indexOf('|', line.start);
  return pipe >= 0 && pipe < line.end;
}

/** Converters wrap long lines; a short line without punctuation is a list item or a heading. */
const WRAPPED_BEFORE_LOWER = 50;
const WRAPPED_BEFORE_UPPER = 100;
const SHORT_LABEL = 60;

/**
 * `entry`: the indentation of the permission's name that opened the paragraph alone on its line, or -1.
 * A line indented no deeper than that name is the next entry of a store's data list, not its explanation.
 */
function continues(text: string, previous: Line, next: Line, nextMarker: SectionMarker | null, entry: number): boolean {
  if (next.afterBlank) return false;
  const head = text.slice(next.start, Math.min(next.end, next.start + 2));
  // A row's cells wrap onto lines that start with an empty first cell; a new row starts a new paragraph.
  if (isTableRow(text, previous.start, previous.end)) return startsWithEmptyCell(text, previous, next);
  // A two-column table («Разрешение | Для чего», "Permission | Purpose"): one pipe a row, so each line with one is a row
  // of its own, unless it opens with the pipe (the row above wrapped); joined, one row's condition would cover the next.
  if (hasCell(text, previous) && hasCell(text, next)) return text[next.start] === '|';
  if (nextMarker) return false;
  // A bullet or a form's box opens its own line, however long the line above.
  if (/^[-–—•·*▪]/u.test(head) || CHECKBOX_START.test(text.slice(next.start, next.start + 3))) return false;
  // «Camera» over indented «When asked: …», «If you refuse: …» lines: one entry, so what each line says
  // (a condition, a refusal) is said of the permission.
  if (entry >= 0) return indentOf(text, next) > entry && (indentOf(text, previous) > 0 || PERMISSION_LABEL().test(text.slice(previous.start, previous.end)));
  const lastChar = text.slice(previous.end - 1, previous.end);
  const length = previous.end - previous.start;
  // A store's data list: «Email address · Optional» over its purposes indented deeper, so the mark qualifies them.
  if (indentOf(text, previous) > 0 && indentOf(text, next) > indentOf(text, previous) && length <= SHORT_LABEL && !/[.:;!?]/u.test(lastChar)) return true;
  if (STARTS_LOWER().test(head)) return ENDS_OPEN().test(lastChar) && length > WRAPPED_BEFORE_LOWER;
  return ENDS_MID_SENTENCE().test(lastChar) && length > WRAPPED_BEFORE_UPPER;
}

export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let last: Line | null = null;
  let entry = -1;
  for (const line of rawLines(text)) {
    const head = text.slice(line.start, Math.min(line.end, line.start + 40));
    const parsed = parseMarker(head + (line.end - line.start > 40 ? ' ' : ''));
    // «1 | ИИН | да» is a table's row, whose first cell is a number, not a section.
    const marker = parsed && head.includes('|') && isTableRow(text, line.start, line.end) ? null : parsed;
    const previous = blocks[blocks.length - 1];
    if (previous && last && continues(text, last, line, marker, entry)) {
      previous.end = line.end;
    } else {
      const bodyStart = marker ? Math.min(line.end, line.start + marker.length) : line.start;
      blocks.push({ start: line.start, end: line.end, bodyStart, marker });
      entry = PERMISSION_LABEL().test(text.slice(line.start, line.end)) ? indentOf(text, line) : -1;
    }
    last = line;
  }
  return blocks;
}
