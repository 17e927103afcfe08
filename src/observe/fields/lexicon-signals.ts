/** Runs the category lexicons over a field's subjects: one signal per category per subject. */
import { lazy } from '../../util/lazy';
import { LEXICONS } from './lexicon';
import { STRONG, type CategoryLexicon, type LexiconEntry } from './lexicon/entry';
import type { Signal } from './signal';
import type { Subject } from './subjects';

/** Per lexicon, one expression matching any of its phrases: most texts match no category at all. */
const PREFILTERS = lazy((): ReadonlyMap<CategoryLexicon, RegExp> => new Map(
  LEXICONS.map((lexicon) => [lexicon, new RegExp(lexicon.entries.map((entry) => entry.pattern.source).join('|'))]),
));

function applies(entry: LexiconEntry, subject: Subject): boolean {
  return entry.scope === 'choice' ? subject.isChoice : subject.describesField;
}

interface EntryMatch {
  readonly entry: LexiconEntry;
  readonly index: number;
}

/** The strongest entry of the lexicon that matches the subject and is not excluded by its context. */
function bestMatch(lexicon: CategoryLexicon, subject: Subject): EntryMatch | null {
  let best: EntryMatch | null = null;
  for (const entry of lexicon.entries) {
    if (!applies(entry, subject) || (best !== null && best.entry.strength >= entry.strength)) continue;
    const match = entry.pattern.exec(subject.folded);
    if (match === null || entry.unless?.test(subject.folded) === true) continue;
    best = { entry, index: match.index };
    if (entry.strength >= STRONG) break;
  }
  return best;
}

export function lexiconSignals(subjects: readonly Subject[]): Signal[] {
  const signals: Signal[] = [];
  for (const subject of subjects) {
    for (const lexicon of LEXICONS) {
      if (PREFILTERS().get(lexicon)?.test(subject.folded) === false) continue;
      const match = bestMatch(lexicon, subject);
      if (match === null) continue;
      signals.push({
        category: lexicon.category,
        weight: subject.weight * match.entry.strength,
        decisive: match.entry.strength >= STRONG,
        evidence: subject.describe(match.index),
      });
    }
  }
  return signals;
}

/** Evidence line of the first subject any of the patterns matches (context cues such as «работодатель»). */
export function cueEvidence(subjects: readonly Subject[], cue: RegExp): string | null {
  for (const subject of subjects) {
    if (!subject.describesField) continue;
    const match = cue.exec(subject.folded);
    if (match !== null) return subject.describe(match.index);
  }
  return null;
}
