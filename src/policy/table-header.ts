/**
 * A markdown table's header row («| Name | Type | Purpose |» over «|---|---|---|») names the columns: the cookie's "Name"
 * is no person's name. A practice it names («| Срок хранения |») still bears on the rows (classify.ts).
 */
import type { Statement } from './statements';

const SEPARATOR_ROW = /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|/u;

/** Whether the statement is a row with a separator row on the next line. */
export function isTableHeader(analysis: string, statement: Statement): boolean {
  if (analysis.charCodeAt(statement.start) !== 0x7c) return false;
  const lineEnd = analysis.indexOf('\n', statement.end);
  if (lineEnd < 0) return false;
  return SEPARATOR_ROW.test(analysis.slice(lineEnd + 1, lineEnd + 40));
}
