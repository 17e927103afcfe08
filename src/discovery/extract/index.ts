/**
 * Any candidate document as plain text: HTML pages reduced to their main content, PDF through
 * pdf.js, DOCX through its body XML, plain text as is. Runs in the background worker for fetched
 * documents and in the options page for files the auditor picks.
 */
import { looksLikeHtml } from '../../policy';
import { MAX_POLICY_CHARS } from '../../storage/policy-store';
import type { DiscoveryProblem } from '../../schema/discovery';
import { decodeText } from './decode-text';
import { docxText } from './docx-text';
import { hasPasswordField, mainContentText } from './html-main';
import { pdfText } from './pdf-text';
import { formatLabel, sniffFormat } from './sniff';

export interface ExtractedText {
  ok: true;
  text: string;
  /** The page had a password field: with no policy text on it, it is a sign-in wall. */
  signIn: boolean;
}

export type Extracted = ExtractedText | { ok: false; problem: DiscoveryProblem };

export async function extractText(bytes: Uint8Array, contentType: string): Promise<Extracted> {
  const format = sniffFormat(bytes, contentType);
  if (format === 'unsupported') return { ok: false, problem: { code: 'unsupported_type', detail: formatLabel(bytes, contentType) } };
  if (format === 'pdf' || format === 'docx') {
    const result = format === 'pdf' ? await pdfText(bytes, MAX_POLICY_CHARS) : docxText(bytes, MAX_POLICY_CHARS);
    return result.ok ? { ok: true, text: result.text, signIn: false } : result;
  }
  const raw = decodeText(bytes, contentType);
  if (!looksLikeHtml(raw)) return { ok: true, text: raw, signIn: false };
  return { ok: true, text: mainContentText(raw), signIn: hasPasswordField(raw) };
}
