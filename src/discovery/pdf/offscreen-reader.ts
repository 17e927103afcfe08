/**
 * The background's PDF reader in Chromium. A service worker may not import() code on demand, and
 * carrying pdf.js made every wake-up evaluate it; so PDFs are read in the offscreen document.
 */
import { MAX_DOCUMENT_BYTES } from '../../schema/discovery';
import { PDF_TEXT_REQUEST, PdfTextReply, type PdfTextRequest } from '../../schema/offscreen';
import type { PdfReader } from '../extract/document-text';
import type { TextResult } from '../extract/text-result';
import { OffscreenTimeout, type OffscreenClientDeps } from '../offscreen/session';
import { bytesToBase64 } from '../../util/base64';

/** Well above a real policy's parse (under a second), and below the 30 s after which Chromium may stop an idle worker. */
const PDF_TIMEOUT_MS = 20_000;

export function createOffscreenPdfReader(deps: OffscreenClientDeps<PdfTextRequest>): PdfReader {
  return async (bytes, maxChars): Promise<TextResult> => {
    if (bytes.length > MAX_DOCUMENT_BYTES) return { ok: false, problem: { code: 'too_large', detail: String(bytes.length) } };
    const request: PdfTextRequest = { type: PDF_TEXT_REQUEST, data: bytesToBase64(bytes), maxChars };
    try {
      const reply = PdfTextReply.safeParse(await deps.session.ask(() => deps.send(request), deps.timeoutMs ?? PDF_TIMEOUT_MS));
      return reply.success ? reply.data : { ok: false, problem: { code: 'bad_pdf', detail: 'bad_reply' } };
    } catch (error) {
      return { ok: false, problem: { code: 'bad_pdf', detail: error instanceof OffscreenTimeout ? 'timeout' : 'reader_unavailable' } };
    }
  };
}
