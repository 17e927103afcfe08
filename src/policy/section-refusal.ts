/**
 * A section can say once, for every permission its table or list names, that each may be refused («Каждое разрешение
 * запрашивается отдельно. Отказ не блокирует работу Приложения», "Declining does not stop the app from working", «Бас
 * тарту қосымшаның жұмысын бұғаттамайды»): the device permissions named anywhere in that section are asked for, so
 * conditional, as a refusal in their own paragraph makes them (permission-refusal.ts). Only a paragraph that names no
 * data itself, ahead of the permissions, speaks for the section; under the next heading the section ends.
 */
import { categoryInfo } from '../categories';
import type { Declaration } from '../schema/policy';
import { refusalIn } from './permission-refusal';
import type { Statement } from './statements';

function isDeclaredDevice(d: Declaration): boolean {
  return d.status === 'declared' && categoryInfo(d.category).section === 'device';
}

/** Statement index ranges sharing a section: a heading block between two statements starts a new one. */
function sectionsOf(statements: readonly Statement[], headingBlocks: ReadonlySet<number>): number[][] {
  const groups: number[][] = [];
  let lastBlock = -1;
  statements.forEach((statement, index) => {
    let crossed = groups.length === 0;
    for (let block = lastBlock + 1; block <= statement.blockIndex && !crossed; block += 1) crossed = headingBlocks.has(block);
    lastBlock = statement.blockIndex;
    if (crossed) groups.push([index]);
    else groups[groups.length - 1]?.push(index);
  });
  return groups;
}

/**
 * The refusal said ahead of the permissions, by a paragraph that declares nothing, or null: a refusal said after a
 * permission («If you refuse, you cannot finish identification») is about that one, and a table's column header is no lead.
 */
function sectionRefusal(analysis: string, statements: readonly Statement[], section: readonly number[], perStatement: readonly Declaration[][]): string | null {
  const declaring = new Set<number>();
  for (const index of section) if ((perStatement[index] ?? []).length > 0) declaring.add(statements[index]?.blockIndex ?? -1);
  for (const index of section) {
    const statement = statements[index];
    if (!statement || (perStatement[index] ?? []).some(isDeclaredDevice)) return null;
    const text = analysis.slice(statement.start, statement.end);
    if (declaring.has(statement.blockIndex) || text.includes('|')) continue;
    const refusal = refusalIn(text);
    if (refusal !== null) return refusal;
  }
  return null;
}

export function applySectionRefusal(analysis: string, statements: readonly Statement[], headingBlocks: ReadonlySet<number>, perStatement: Declaration[][]): Declaration[][] {
  for (const section of sectionsOf(statements, headingBlocks)) {
    if (!section.some((index) => (perStatement[index] ?? []).some(isDeclaredDevice))) continue;
    const condition = sectionRefusal(analysis, statements, section, perStatement);
    if (condition === null) continue;
    for (const index of section) {
      perStatement[index] = (perStatement[index] ?? []).map((d) => (isDeclaredDevice(d) ? { ...d, status: 'conditional', condition } : d));
    }
  }
  return perStatement;
}
