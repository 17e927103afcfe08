/** Adds up the signals per category and picks the best-supported one. */
import { LEXICONS } from './lexicon';
import type { ScoredCategory } from './lexicon/entry';
import type { Signal } from './signal';

export interface CategoryScore {
  readonly category: ScoredCategory;
  readonly score: number;
  /** At least one unambiguous signal, not only hints. */
  readonly decisive: boolean;
  /** Strongest first. */
  readonly evidence: readonly string[];
}

export type Tally = ReadonlyMap<ScoredCategory, CategoryScore>;

/** Lexicon order doubles as tie-break order: more specific categories come first. */
const TIE_BREAK_RANK: ReadonlyMap<ScoredCategory, number> = new Map(LEXICONS.map((lexicon, index) => [lexicon.category, index]));

export function tallySignals(signals: readonly Signal[]): Tally {
  const grouped = new Map<ScoredCategory, Signal[]>();
  for (const signal of signals) {
    const group = grouped.get(signal.category);
    if (group === undefined) grouped.set(signal.category, [signal]);
    else group.push(signal);
  }
  const tally = new Map<ScoredCategory, CategoryScore>();
  for (const [category, group] of grouped) {
    const sorted = [...group].sort((a, b) => b.weight - a.weight);
    tally.set(category, {
      category,
      score: sorted.reduce((sum, signal) => sum + signal.weight, 0),
      decisive: sorted.some((signal) => signal.decisive),
      evidence: [...new Set(sorted.map((signal) => signal.evidence))],
    });
  }
  return tally;
}

function rank(category: ScoredCategory): number {
  return TIE_BREAK_RANK.get(category) ?? TIE_BREAK_RANK.size;
}

/** Highest score among the allowed categories; ties go to the more specific category. */
export function topCategory(tally: Tally, allowed: (category: ScoredCategory) => boolean): CategoryScore | null {
  let best: CategoryScore | null = null;
  for (const entry of tally.values()) {
    if (!allowed(entry.category)) continue;
    if (best === null || entry.score > best.score || (entry.score === best.score && rank(entry.category) < rank(best.category))) {
      best = entry;
    }
  }
  return best;
}
