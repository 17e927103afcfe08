/**
 * Messages between the background worker and the offscreen document, which reads PDFs with pdf.js
 * (src/discovery/pdf/) and parses policies (src/discovery/parse/). Both directions are parsed on
 * arrival: the document is handed bytes and texts of a site's own choosing, and the background
 * stores and shows what comes back.
 */
import * as z from 'zod/mini';
import { MAX_POLICY_CHARS } from '../storage/policy-store';
import { DiscoveryProblem, MAX_DOCUMENT_BYTES } from './discovery';
import { lazySchema } from './lazy-schema';
import { ParsedPolicy } from './policy';

export const PDF_TEXT_REQUEST = 'offscreen:pdf-text';

/** Extension messages are JSON in Chromium, so the bytes travel as base64: four characters per three bytes. */
export const MAX_PDF_BASE64_CHARS = Math.ceil(MAX_DOCUMENT_BYTES / 3) * 4;

export const PdfTextRequest = lazySchema(() => z.strictObject({
  type: z.literal(PDF_TEXT_REQUEST),
  data: z.base64().check(z.minLength(1), z.maxLength(MAX_PDF_BASE64_CHARS)),
  maxChars: z.number().check(z.int(), z.positive(), z.maximum(MAX_POLICY_CHARS)),
}));
export type PdfTextRequest = z.infer<typeof PdfTextRequest>;

export const PdfTextReply = lazySchema(() => z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), text: z.string().check(z.maxLength(MAX_POLICY_CHARS)) }),
  z.strictObject({ ok: z.literal(false), problem: DiscoveryProblem }),
]));
export type PdfTextReply = z.infer<typeof PdfTextReply>;

export const POLICY_PARSE_REQUEST = 'offscreen:policy-parse';
/** As a parsed policy's source (src/schema/policy.ts). */
export const MAX_SOURCE_CHARS = 2048;

export const PolicyParseRequest = lazySchema(() => z.strictObject({
  type: z.literal(POLICY_PARSE_REQUEST),
  text: z.string().check(z.maxLength(MAX_POLICY_CHARS)),
  source: z.string().check(z.maxLength(MAX_SOURCE_CHARS)),
  lang: z.optional(z.enum(['auto', 'ru', 'kk', 'en'])),
}));
export type PolicyParseRequest = z.infer<typeof PolicyParseRequest>;

/** The parser's result as `src/policy/types.ts` describes it. */
export const PolicyParseReply = lazySchema(() => z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), text: z.string().check(z.maxLength(MAX_POLICY_CHARS)), policy: ParsedPolicy }),
  z.strictObject({ ok: z.literal(false), error: z.strictObject({
    code: z.enum(['empty', 'binary', 'not_policy', 'too_large']), message: z.string().check(z.maxLength(500)) }) }),
]));
export type PolicyParseReply = z.infer<typeof PolicyParseReply>;
