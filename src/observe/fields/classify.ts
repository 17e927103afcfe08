/**
 * classifyField: which data category a form field collects, with the reasons. Runs for every field
 * of every page, so all patterns are compiled at module load and nothing here builds a RegExp.
 */
import type { CategoryId } from '../../categories';
import { isConsentCheckbox } from './consent';
import { resolveContext } from './context';
import type { FieldFeatures } from './features';
import { lexiconSignals } from './lexicon-signals';
import { NOT_PERSONAL, type ScoredCategory } from './lexicon/entry';
import { structuralSignals } from './structural';
import { fieldSubjects, isCheckable } from './subjects';
import { tallySignals, topCategory, type CategoryScore } from './tally';

export type Confidence = 'high' | 'medium' | 'low';

export interface FieldClassification {
  readonly category: CategoryId;
  readonly confidence: Confidence;
  /** Human-readable reasons, strongest first: `label «ИИН»`, `autocomplete=cc-number`. */
  readonly evidence: string[];
}

/** Inputs that collect nothing from the person. */
const NON_COLLECTING_TYPES = new Set(['hidden', 'submit', 'button', 'reset', 'image']);
/** What a tick or a radio choice can answer; a checkbox cannot carry a phone number or a name. */
const CHOICE_CATEGORIES = new Set<ScoredCategory>([
  'gender', 'citizenship', 'family', 'education', 'employment', 'financial_status', 'kyc_status', 'loan_terms',
  'contact_persons', NOT_PERSONAL,
]);
/** Below this, the evidence is a single hint (e.g. a word in a fieldset legend). */
const MIN_SCORE = 2;
const HIGH_SCORE = 9;
const MEDIUM_SCORE = 5;
const MAX_EVIDENCE = 6;
const EVIDENCE_LIMIT = 160;

function confidenceOf(score: number): Confidence {
  if (score >= HIGH_SCORE) return 'high';
  return score >= MEDIUM_SCORE ? 'medium' : 'low';
}

function isPersonalCategory(score: CategoryScore): score is CategoryScore & { category: CategoryId } {
  return score.category !== NOT_PERSONAL;
}

function boundedEvidence(evidence: readonly string[]): string[] {
  return evidence.slice(0, MAX_EVIDENCE).map((line) => (line.length > EVIDENCE_LIMIT ? `${line.slice(0, EVIDENCE_LIMIT - 1)}…` : line));
}

export function classifyField(f: FieldFeatures): FieldClassification | null {
  if (NON_COLLECTING_TYPES.has(f.type) || isConsentCheckbox(f)) return null;
  const subjects = fieldSubjects(f);
  const tally = tallySignals([...structuralSignals(f), ...lexiconSignals(subjects)]);
  const checkable = isCheckable(f);
  const top = topCategory(tally, (category) => !checkable || CHOICE_CATEGORIES.has(category));
  if (top === null || top.score < MIN_SCORE || !isPersonalCategory(top)) return null;
  const resolved = resolveContext(top, tally, f, subjects);
  return { category: resolved.category, confidence: confidenceOf(resolved.score), evidence: boundedEvidence(resolved.evidence) };
}
