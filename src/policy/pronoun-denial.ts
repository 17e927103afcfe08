/**
 * A denial whose object is a pronoun for what the sentence before named: «Your PIN is stored only on your phone. We never
 * receive it.», «ПИН-код хранится только в телефоне. Мы его не получаем.», «Біз оны алмаймыз.» The data named before is
 * never received, so its plain declaration there is a denial. Only receiving, seeing and collecting are read: "We never
 * sell it" denies a sale of data that is still collected.
 */
import { categoryInfo } from '../categories';
import type { Declaration } from '../schema/policy';
import { deniesByPronoun } from './modality/denied-after';
import type { Statement } from './statements';

/** Turns the plain data declarations of the statement before a pronoun denial in the same paragraph into denials. */
export function applyPronounDenial(analysis: string, statements: readonly Statement[], group: readonly number[], perStatement: Declaration[][]): void {
  for (let k = 1; k < group.length; k += 1) {
    const index = group[k] ?? 0;
    const statement = statements[index];
    if (!statement || (perStatement[index] ?? []).length > 0 || statement.end - statement.start > 120) continue;
    if (!deniesByPronoun(analysis.slice(statement.start, statement.end))) continue;
    const before = group[k - 1] ?? 0;
    perStatement[before] = (perStatement[before] ?? []).map((d) => (d.status === 'declared' && categoryInfo(d.category).section !== 'practice' ? { ...d, status: 'negated' } : d));
  }
}
