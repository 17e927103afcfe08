/**
 * A practice named, then taken up again with «такая», "such", «мұндай» and its condition: «Часть партнёров хранит данные
 * за рубежом; такая трансграничная передача происходит лишь при вашем согласии», "Some providers host data abroad; such
 * transfers happen only with your consent". The later clause says when the earlier one happens, so its condition holds for both.
 */
import { lazyPattern } from '../lazy';
import type { TermMatch } from '../term-matches';
import { clauseAround } from './clauses';
import { conditionOf, type Modality } from './memo';

const TAKEN_UP = lazyPattern(String.raw`(?<![\p{L}])(?:так(?:ая|ой|ое|ие|ую|их)|эт(?:а|от|о|и|у)|such|this|these|мұндай|осындай|бұл)\s+$`, 'iu');

/** The condition of a later clause that takes up the same category's practice, or null. `scopeText` starts at `scopeStart`. */
export function restatedCondition(matches: readonly TermMatch[], first: TermMatch | undefined, scopeText: string, scopeStart: number, memo: Map<string, Modality>): string | null {
  if (!first) return null;
  for (const match of matches) {
    if (match.category !== first.category || match.start <= first.end) continue;
    const at = match.start - scopeStart;
    if (at < 0 || !TAKEN_UP().test(scopeText.slice(Math.max(0, at - 20), at))) continue;
    const condition = conditionOf(clauseAround(scopeText, at), memo);
    if (condition) return condition;
  }
  return null;
}
