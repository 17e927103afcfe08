/**
 * Whose data a field holds and in what form: a phone next to «контактное лицо» is a third person's
 * contact, an address under «место работы» is the employer's, a CVV typed into a password box is
 * card data, and a document photo is an image of the document rather than its typed details.
 */
import type { CategoryId } from '../../categories';
import type { FieldFeatures } from './features';
import { cueEvidence } from './lexicon-signals';
import { lazy } from '../../util/lazy';
import { anyOf } from './lexicon/entry';
import { EMPLOYER_CUES } from './lexicon';
import type { Subject } from './subjects';
import type { CategoryScore, Tally } from './tally';

export interface Resolved {
  readonly category: CategoryId;
  readonly score: number;
  readonly evidence: readonly string[];
}

/** Data that, asked about someone else, is that person's data (contact_persons). */
const THIRD_PERSON_DATA = new Set<CategoryId>([
  'name', 'phone', 'email', 'address', 'birth_date', 'national_id', 'id_document', 'employment', 'social_profile',
]);
/** Data that, asked about the employer, describes the person's employment. */
const EMPLOYER_DATA = new Set<CategoryId>(['name', 'phone', 'email', 'address', 'national_id']);
const DOCUMENT_CATEGORIES = new Set<CategoryId>(['id_document', 'document_image', 'face_image']);
const EMPLOYER_CUE = lazy(() => anyOf(EMPLOYER_CUES));

function scoreOf(tally: Tally, category: CategoryId): number {
  return tally.get(category)?.score ?? 0;
}

/** Same data, other owner or form; the reason leads the evidence and is not repeated below it. */
function recast(winner: Resolved, category: CategoryId, reason: string): Resolved {
  return { category, score: winner.score, evidence: [reason, ...winner.evidence.filter((line) => !reason.endsWith(line))] };
}

/** An upload is an image: of a face when anything unambiguous says so, else of the document. */
function resolveUpload(winner: Resolved, tally: Tally): Resolved {
  const face = tally.get('face_image');
  if (face?.decisive === true && winner.category !== 'face_image' && DOCUMENT_CATEGORIES.has(winner.category)) {
    return recast(winner, 'face_image', `upload showing a face: ${face.evidence[0] ?? ''}`);
  }
  if (face?.decisive === true || !DOCUMENT_CATEGORIES.has(winner.category)) return winner;
  const documentScore = scoreOf(tally, 'document_image') + scoreOf(tally, 'id_document');
  if (documentScore >= scoreOf(tally, 'face_image')) {
    return winner.category === 'document_image' ? winner : recast(winner, 'document_image', 'file upload of the identity document');
  }
  return winner.category === 'face_image' ? winner : recast(winner, 'face_image', 'file upload of a photo');
}

export function resolveContext(winner: CategoryScore & { category: CategoryId }, tally: Tally, f: FieldFeatures, subjects: readonly Subject[]): Resolved {
  const resolved: Resolved = { category: winner.category, score: winner.score, evidence: winner.evidence };
  if (f.type === 'file') return resolveUpload(resolved, tally);
  const card = tally.get('bank_card');
  if (winner.category === 'credentials' && card?.decisive === true) {
    return recast(resolved, 'bank_card', `masked input for card data: ${card.evidence[0] ?? ''}`);
  }
  const thirdPerson = tally.get('contact_persons');
  if (thirdPerson !== undefined && THIRD_PERSON_DATA.has(winner.category)) {
    return recast(resolved, 'contact_persons', `about a third person: ${thirdPerson.evidence[0] ?? ''}`);
  }
  if (EMPLOYER_DATA.has(winner.category)) {
    const employer = cueEvidence(subjects, EMPLOYER_CUE());
    if (employer !== null) return recast(resolved, 'employment', `about the employer: ${employer}`);
  }
  return resolved;
}
