/**
 * A table of data types with yes/no columns («Collected | Shared»), one row a line: «Education | No | No», «Білімі | Жоқ | Жоқ».
 * A row whose every answer cell says no denies its type; one «Yes» among them («Gender | Yes | No») does not. A lone «Нет»
 * cell followed by a cell of words («Местоположение | Нет | По вашему выбору – …») answers its column («Обязательно?»):
 * the words say what is done, so the row is read from them.
 */
import { lazyPattern } from '../lazy';

const NO_CELL = lazyPattern(String.raw`^\s*(?:no|нет|жоқ|✗|✘|❌)\s*[.!]?\s*$`, 'iu');

/** Whether the text is a table row (a label, then cells after «|») whose answer cells all say no. */
export function deniesTableRow(text: string): boolean {
  const cells = text.split('|').slice(1);
  return cells.length > 0 && cells.every((cell) => NO_CELL().test(cell));
}

const LONE_NO = lazyPattern(String.raw`^(?:нет|жоқ|no)$`, 'iu');
const CELL_BEFORE = lazyPattern(String.raw`\|\s*$`, 'u');
const CELL_THEN_WORDS = lazyPattern(String.raw`^\s*[.!]?\s*\|[^|\p{L}]*\p{L}`, 'u');

/** Whether a denial `found` between `before` and `after` is a lone «Нет» cell with a worded cell after it. */
export function answersColumn(found: string, before: string, after: string): boolean {
  return LONE_NO().test(found) && CELL_BEFORE().test(before) && CELL_THEN_WORDS().test(after);
}
