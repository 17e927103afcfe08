/**
 * Any candidate document as plain text: HTML pages reduced to their main content, PDF through the
 * reader the caller supplies, DOCX through its body XML, plain text as is. The PDF reader is passed
 * in because pdf.js is too big to load where it is not needed: the background worker hands PDFs to
 * an offscreen document (src/discovery/pdf/), pages load pdf.js on demand.
 */
import { looksLikeHtml } from '../../policy/html';
import { MAX_POLICY_CHARS } from '../../storage/policy-store';
import type { DiscoveryProblem } from '../../schema/discovery';
import { decodeText } from './decode-text';
import { docxText } from './docx-text';
import { hasPasswordField, mainContentText } from './html-main';
import { formatLabel, sniffFormat } from './sniff';
import type { TextResult } from './text-result';

interface ExtractedText {
  ok: true;
  text: string;
  /** The page had a password field: with no policy text on it, it is a sign-in wall. */
  signIn: boolean;
}

export type Extracted = ExtractedText | { ok: false; problem: DiscoveryProblem };

/** A PDF's text, at most `maxChars` of it (see pdf-text.ts). */
export type PdfReader = (bytes: Uint8Array, maxChars: number) => Promise<TextResult>;

export async function extractDocumentText(bytes: Uint8Array, contentType: string, readPdf: PdfReader): Promise<Extracted> {
  const format = sniffFormat(bytes, contentType);
  if (format === 'unsupported') return { ok: false, problem: { code: 'unsupported_type', detail: formatLabel(bytes, contentType) } };
  if (format === 'pdf' || format === 'docx') {
    const result = format === 'pdf' ? await readPdf(bytes, MAX_POLICY_CHARS) : await docxText(bytes, MAX_POLICY_CHARS);
    return result.ok ? { ok: true, text: result.text, signIn: false } : result;
  }
  const raw = decodeText(bytes, contentType);
  if (!looksLikeHtml(raw)) return { ok: true, text: raw, signIn: false };
  return { ok: true, text: mainContentText(raw), signIn: hasPasswordField(raw) };
}
