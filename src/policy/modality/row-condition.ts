/**
 * A table row whose own cell is a condition («| Аналитические | подсчёт посещений…; тип устройства | с вашего согласия |»,
 * "| Location | nearest branch | only if you allow it |", «| Геолокация | … | келісіміңізбен |»): that cell answers a
 * column ("When it is switched on") for the whole row, so it governs every cell, past the semicolons that break clauses.
 */
import { findCondition } from './condition';
import { isTableRow } from '../sentences';

/** A cell that is only a condition is short; a long cell says more than when. */
const MAX_CONDITION_CELL = 60;

/** The condition a row's own short cell states, or null outside table rows. */
export function rowCondition(row: string): string | null {
  if (!isTableRow(row)) return null;
  for (const cell of row.split('|')) {
    const text = cell.trim();
    if (text.length === 0 || text.length > MAX_CONDITION_CELL) continue;
    const condition = findCondition(text);
    if (condition !== null) return condition;
  }
  return null;
}
