/**
 * Which of the documents that read as policies make up the site's policy. The best policy, its
 * translations (a second policy in another language), and the best consent form are merged; two
 * different policies in the same language with about the same rank are for the auditor to choose.
 */
import { detectLanguage } from '../policy/language';
import type { Candidate, DocumentKind } from '../schema/discovery';
import { distinctBy } from './distinct';

export interface ReadCandidate { url: string; linkText: string; kind: DocumentKind; score: number; text: string }

export type Selection = { status: 'found'; documents: ReadCandidate[] } | { status: 'choose'; candidates: Candidate[]; consents: Candidate[] };

/** Rank points within which two policies are equally likely to be «the» policy. */
export const AMBIGUITY_MARGIN = 10;
export const MAX_DOCUMENTS = 4;

const asCandidate = (doc: ReadCandidate): Candidate => ({ url: doc.url, text: doc.linkText, kind: doc.kind, score: doc.score });

/**
 * The language most of a text is in, by the length of its lines in each: a Russian policy naming
 * «Теңге Бұлақ» in its title is still Russian.
 */
function languageOf(text: string): string {
  const weights = new Map<string, number>();
  for (const line of text.slice(0, 20_000).split('\n')) {
    const language = detectLanguage(line);
    if (language) weights.set(language, (weights.get(language) ?? 0) + line.length);
  }
  let best = 'unknown';
  for (const [language, weight] of weights) if (weight > (weights.get(best) ?? 0)) best = language;
  return best;
}

/** `read` best first. Documents with the same text (one page at two addresses) count once. */
export function selectDocuments(read: readonly ReadCandidate[]): Selection | null {
  const unique = distinctBy(read, (doc) => doc.text);
  const policies = unique.filter((doc) => doc.kind !== 'consent');
  const consents = unique.filter((doc) => doc.kind === 'consent');
  const [best] = policies;
  if (!best) return consents[0] ? { status: 'found', documents: consents.slice(0, 1) } : null;
  const bestLanguage = languageOf(best.text);
  const close = policies.slice(1).filter((doc) => best.score - doc.score < AMBIGUITY_MARGIN);
  if (close.some((doc) => languageOf(doc.text) === bestLanguage)) {
    return { status: 'choose', candidates: [best, ...close].map(asCandidate), consents: consents.slice(0, 1).map(asCandidate) };
  }
  const translations = distinctBy(close, (doc) => languageOf(doc.text), new Set([bestLanguage]));
  return { status: 'found', documents: [best, ...translations, ...consents.slice(0, 1)].slice(0, MAX_DOCUMENTS) };
}
