/**
 * A candidate document read and judged: its text if the parser reads it as a privacy policy or a
 * consent, otherwise the reason, phrased for the auditor (a sign-in page, a foreign language…).
 */
import type { DiscoveryProblem } from '../schema/discovery';
import { extractDocumentText, type PdfReader } from './extract/document-text';
import { isUnexpectedLanguage } from './language-guess';
import type { PolicyParser } from './policy-parser';

export type ReadResult = { ok: true; text: string } | { ok: false; problem: DiscoveryProblem };

/** Judges a text the way the resolver will parse it, so a stored policy is always one it can read. */
export async function judgePolicyText(parse: PolicyParser, text: string, source: string, signIn = false): Promise<ReadResult> {
  const parsed = await parse(text, { source }).catch(() => null);
  if (!parsed) return { ok: false, problem: { code: 'parser_unavailable' } };
  if (parsed.ok) return { ok: true, text };
  // A sign-in page has little text beyond its form: whether none or some, it is the wall that matters.
  if (signIn && (parsed.error.code === 'empty' || parsed.error.code === 'not_policy')) return { ok: false, problem: { code: 'login_wall' } };
  switch (parsed.error.code) {
    case 'empty': return { ok: false, problem: { code: 'empty' } };
    case 'too_large': return { ok: false, problem: { code: 'text_too_large', detail: String(text.length) } };
    case 'binary': return { ok: false, problem: { code: 'unsupported_type', detail: 'binary' } };
    case 'not_policy': return { ok: false, problem: { code: isUnexpectedLanguage(text) ? 'unexpected_language' : 'not_policy' } };
  }
}

export interface DocumentReaders { readPdf: PdfReader; parse: PolicyParser }

export async function readDocument(bytes: Uint8Array, contentType: string, source: string, readers: DocumentReaders): Promise<ReadResult> {
  const extracted = await extractDocumentText(bytes, contentType, readers.readPdf);
  if (!extracted.ok) return extracted;
  return judgePolicyText(readers.parse, extracted.text, source, extracted.signIn);
}
