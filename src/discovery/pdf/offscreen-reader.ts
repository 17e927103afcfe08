/**
 * The background's PDF reader in Chromium. A service worker may not import() code on demand, and
 * carrying pdf.js made every wake-up evaluate it; so PDFs are read in an offscreen document. One
 * document serves concurrent requests: opened by the first, closed once the last has settled, which
 * also stops a parse that overran its time.
 */
import { MAX_DOCUMENT_BYTES } from '../../schema/discovery';
import { PDF_TEXT_REQUEST, PdfTextReply, type PdfTextRequest } from '../../schema/offscreen';
import type { PdfReader } from '../extract/document-text';
import type { TextResult } from '../extract/text-result';
import { bytesToBase64 } from '../../util/base64';

/** Well above a real policy's parse (under a second), and below the 30 s after which Chromium may stop an idle worker. */
const PDF_TIMEOUT_MS = 20_000;

/** Opens and closes the one offscreen document; open() must accept a document left open by an earlier worker. */
export interface OffscreenHost { open(): Promise<void>; close(): Promise<void> }

export interface OffscreenReaderDeps {
  host: OffscreenHost;
  send(request: PdfTextRequest): Promise<unknown>;
  timeoutMs?: number;
}

class PdfTimeout extends Error {}

export function createOffscreenPdfReader(deps: OffscreenReaderDeps): PdfReader {
  let users = 0;
  let opened: Promise<void> | null = null;
  let closed: Promise<void> = Promise.resolve();

  function release(): void {
    users -= 1;
    if (users > 0) return;
    opened = null;
    closed = deps.host.close().catch(() => undefined);
  }

  async function exchange(request: PdfTextRequest): Promise<unknown> {
    opened ??= closed.then(() => deps.host.open());
    await opened;
    return deps.send(request);
  }

  async function ask(request: PdfTextRequest): Promise<unknown> {
    users += 1;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new PdfTimeout()), deps.timeoutMs ?? PDF_TIMEOUT_MS);
    });
    try {
      return await Promise.race([exchange(request), late]);
    } finally {
      clearTimeout(timer);
      release();
    }
  }

  return async (bytes, maxChars): Promise<TextResult> => {
    if (bytes.length > MAX_DOCUMENT_BYTES) return { ok: false, problem: { code: 'too_large', detail: String(bytes.length) } };
    try {
      const reply = PdfTextReply.safeParse(await ask({ type: PDF_TEXT_REQUEST, data: bytesToBase64(bytes), maxChars }));
      return reply.success ? reply.data : { ok: false, problem: { code: 'bad_pdf', detail: 'bad_reply' } };
    } catch (error) {
      return { ok: false, problem: { code: 'bad_pdf', detail: error instanceof PdfTimeout ? 'timeout' : 'reader_unavailable' } };
    }
  };
}
