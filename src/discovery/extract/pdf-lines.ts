/**
 * A PDF page's text runs as lines, and lines as paragraphs. PDFs place words, not paragraphs: a
 * paragraph wrapped over three lines must reach the parser as one line (it reads lines as
 * paragraphs), while a numbered clause starting a new line must stay apart.
 */

export interface PdfRun { str: string; hasEOL: boolean; y: number; height: number }

/** Runs whose baselines differ by more than this share of the text height are on different lines. */
const SAME_LINE = 0.5;

export function pageLines(runs: readonly PdfRun[]): string[] {
  const lines: string[] = [];
  let line = '';
  let lineY: number | null = null;
  for (const run of runs) {
    if (lineY !== null && run.str.trim() && Math.abs(run.y - lineY) > Math.max(run.height, 1) * SAME_LINE) {
      lines.push(line);
      line = '';
      lineY = null;
    }
    line += run.str;
    if (run.str.trim()) lineY ??= run.y;
    if (run.hasEOL) {
      lines.push(line);
      line = '';
      lineY = null;
    }
  }
  lines.push(line);
  return lines.map((l) => l.replace(/\s+/gu, ' ').trim()).filter((l) => l.length > 0);
}

const ENDS_SENTENCE = /[.:;!?»")]$/u;
const STARTS_LOWER = /^[\p{Ll}]/u;
const HYPHENATED = /\p{L}[-\u00ad]$/u;
/** A line that is only a page number («3», «- 3 -», «Стр. 3 из 12»). */
const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:стр\.?\s*|бет\s*|page\s*)?\d{1,4}(?:\s*(?:из|of|\/)\s*\d{1,4})?(?:\s*[-–—])?$/iu;

/** Wrapped lines back into paragraphs: a line continues the previous one when that did not end a sentence and this starts in lower case. */
export function joinParagraphs(lines: readonly string[]): string {
  const out: string[] = [];
  for (const line of lines) {
    if (PAGE_NUMBER.test(line)) continue;
    const last = out.length - 1;
    const previous = out[last];
    if (previous !== undefined && !ENDS_SENTENCE.test(previous) && STARTS_LOWER.test(line)) {
      out[last] = HYPHENATED.test(previous) ? `${previous.slice(0, -1)}${line}` : `${previous} ${line}`;
    } else {
      out.push(line);
    }
  }
  return out.join('\n');
}
