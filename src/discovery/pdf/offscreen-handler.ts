/**
 * The offscreen document's side of reading PDFs: a request from the extension's own worker or pages
 * is parsed, read with pdf.js and answered with the text or the problem.
 */
import { PDF_TEXT_REQUEST, PdfTextReply, PdfTextRequest } from '../../schema/offscreen';
import type { PdfReader } from '../extract/document-text';
import { fromExtension, isRequestOf, type ExtensionIdentity, type RequestSender } from '../offscreen/extension-sender';
import { base64ToBytes } from '../../util/base64';

export interface PdfRequestDeps extends ExtensionIdentity { readPdf: PdfReader }

async function read(request: PdfTextRequest, readPdf: PdfReader): Promise<PdfTextReply> {
  try {
    // Parsed on the way out as well: the background should never have to make sense of a malformed reply.
    return PdfTextReply.parse(await readPdf(base64ToBytes(request.data), request.maxChars));
  } catch {
    return { ok: false, problem: { code: 'bad_pdf' } };
  }
}

/** The reply, or undefined for a message this document does not answer (anyone else's, or not from the extension). */
export function onPdfRequest(message: unknown, sender: RequestSender, deps: PdfRequestDeps): Promise<PdfTextReply> | undefined {
  if (!isRequestOf(message, PDF_TEXT_REQUEST) || !fromExtension(sender, deps)) return undefined;
  const request = PdfTextRequest.safeParse(message);
  if (!request.success) return Promise.resolve({ ok: false, problem: { code: 'bad_pdf', detail: 'bad_request' } });
  return read(request.data, deps.readPdf);
}
