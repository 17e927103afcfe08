/**
 * A table of data types with yes/no columns («Collected | Shared»), one row a line: «Education | No | No», «Білімі | Жоқ | Жоқ».
 * A row whose every answer cell says no denies its type; one «Yes» among them («Gender | Yes | No») does not.
 */
import { lazyPattern } from '../lazy';

const NO_CELL = lazyPattern(String.raw`^\s*(?:no|нет|жоқ|✗|✘|❌)\s*[.!]?\s*$`, 'iu');

/** Whether the text is a table row (a label, then cells after «|») whose answer cells all say no. */
export function deniesTableRow(text: string): boolean {
  const cells = text.split('|').slice(1);
  return cells.length > 0 && cells.every((cell) => NO_CELL().test(cell));
}
