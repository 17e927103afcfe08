/**
 * Messages between the background worker and the offscreen document that reads PDFs with pdf.js
 * (src/discovery/pdf/). Both directions are parsed on arrival: the document is handed bytes of a
 * site's own choosing, and the background stores what comes back.
 */
import * as z from 'zod/mini';
import { MAX_POLICY_CHARS } from '../storage/policy-store';
import { DiscoveryProblem, MAX_DOCUMENT_BYTES } from './discovery';

export const PDF_TEXT_REQUEST = 'offscreen:pdf-text';

/** Extension messages are JSON in Chromium, so the bytes travel as base64: four characters per three bytes. */
export const MAX_PDF_BASE64_CHARS = Math.ceil(MAX_DOCUMENT_BYTES / 3) * 4;

export const PdfTextRequest = z.strictObject({
  type: z.literal(PDF_TEXT_REQUEST),
  data: z.base64().check(z.minLength(1), z.maxLength(MAX_PDF_BASE64_CHARS)),
  maxChars: z.number().check(z.int(), z.positive(), z.maximum(MAX_POLICY_CHARS)),
});
export type PdfTextRequest = z.infer<typeof PdfTextRequest>;

export const PdfTextReply = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), text: z.string().check(z.maxLength(MAX_POLICY_CHARS)) }),
  z.strictObject({ ok: z.literal(false), problem: DiscoveryProblem }),
]);
export type PdfTextReply = z.infer<typeof PdfTextReply>;
