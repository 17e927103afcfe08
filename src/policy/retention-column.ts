/**
 * A table whose header names a column for how long something is kept («| Cookie | Цель | Срок жизни |», "| Name |
 * Expiry |», «| Түрі | Сақтау мерзімі |»): a period in that column of a row («до 13 месяцев») is a retention rule,
 * though the row names no storing verb. Only that column counts: a loan's «Срок» or «Мерзімі» is no retention.
 */
import { lazyPattern } from './lazy';
import { findPeriod } from './modality/periods';

const SEPARATOR_ROW = /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|/u;
const RETENTION_COLUMN = lazyPattern(String.raw`срок\p{L}*\s+(?:жизни|хранени\p{L}*|сохранени\p{L}*)|(?<![\p{L}])(?:lifetime|expir\p{L}*|retention(?:\s+period)?|storage\s+period|how\s+long)(?![\p{L}])|(?:сақтау|сақталу)\s+мерзім`, 'iu');
/** How far up a row looks for its table's header. */
const MAX_ROWS_UP = 60;

function cellsOf(line: string): string[] {
  return line.split('|');
}

/** The line of `text` that starts at `start`. */
function lineAt(text: string, start: number): string {
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? text.length : end);
}

/** Which cell of the header row above the row at `rowStart` names a retention column, or -1. */
function retentionColumn(analysis: string, rowStart: number): number {
  let lineStart = rowStart;
  for (let up = 0; up < MAX_ROWS_UP && lineStart > 0; up += 1) {
    const previousStart = analysis.lastIndexOf('\n', lineStart - 2) + 1;
    const previous = lineAt(analysis, previousStart);
    if (!previous.includes('|')) return -1;
    if (SEPARATOR_ROW.test(previous)) {
      if (previousStart === 0) return -1;
      const header = lineAt(analysis, analysis.lastIndexOf('\n', previousStart - 2) + 1);
      return cellsOf(header).findIndex((cell) => RETENTION_COLUMN().test(cell));
    }
    lineStart = previousStart;
  }
  return -1;
}

/** The period in the retention column of the table row starting at `rowStart`, as offsets in `analysis`, or null. */
export function periodInRetentionColumn(analysis: string, rowStart: number): { start: number; end: number } | null {
  if (analysis.charCodeAt(rowStart) !== 0x7c) return null;
  const column = retentionColumn(analysis, rowStart);
  if (column < 0) return null;
  const cells = cellsOf(lineAt(analysis, rowStart));
  const cell = cells[column];
  if (cell === undefined) return null;
  const period = findPeriod(cell);
  if (!period) return null;
  const start = rowStart + cells.slice(0, column).reduce((sum, c) => sum + c.length + 1, 0) + period.index;
  return { start, end: start + period[0].length };
}
