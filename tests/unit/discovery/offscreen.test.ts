import { describe, expect, it } from 'vitest';
import type { PdfReader } from '../../../src/discovery/extract/document-text';
import { bytesToBase64 } from '../../../src/util/base64';
import { onPdfRequest } from '../../../src/discovery/pdf/offscreen-handler';
import { createOffscreenPdfReader } from '../../../src/discovery/pdf/offscreen-reader';
import { createOffscreenSession, type OffscreenHost } from '../../../src/discovery/offscreen/session';
import { MAX_DOCUMENT_BYTES } from '../../../src/schema/discovery';
import { MAX_PDF_BASE64_CHARS, PDF_TEXT_REQUEST } from '../../../src/schema/offscreen';
import { MAX_POLICY_CHARS } from '../../../src/storage/policy-store';

const worker = { id: 'ext-id', url: 'chrome-extension://ext-id/background.js' };
const contentScript = { id: 'ext-id', url: 'https://tengebulaq.kz/' };
const PDF = new TextEncoder().encode('%PDF-1.7 policy');

/** A reader that records what it was given and answers with the bytes as text. */
function recordingReader() {
  const calls: Array<{ bytes: Uint8Array; maxChars: number }> = [];
  const readPdf: PdfReader = async (bytes, maxChars) => {
    calls.push({ bytes, maxChars });
    return { ok: true, text: new TextDecoder().decode(bytes) };
  };
  return { calls, deps: { extensionId: 'ext-id', extensionOrigin: 'chrome-extension://ext-id/', readPdf } };
}

const request = (fields: object = {}) => ({ type: PDF_TEXT_REQUEST, data: bytesToBase64(PDF), maxChars: 1000, ...fields });

describe('the offscreen document answers PDF requests', () => {
  it('reads the bytes the extension sent and answers with their text', async () => {
    const r = recordingReader();
    expect(await onPdfRequest(request(), worker, r.deps)).toEqual({ ok: true, text: '%PDF-1.7 policy' });
    expect(r.calls).toEqual([{ bytes: PDF, maxChars: 1000 }]);
  });

  it('leaves unanswered what a content script sends, and messages meant for the background', () => {
    const r = recordingReader();
    expect(onPdfRequest(request(), contentScript, r.deps)).toBeUndefined();
    expect(onPdfRequest(request(), { url: worker.url }, r.deps)).toBeUndefined();
    expect(onPdfRequest({ type: 'policy-links', links: [] }, worker, r.deps)).toBeUndefined();
    expect(r.calls).toEqual([]);
  });

  it('refuses a malformed or oversized request without reading it', async () => {
    const r = recordingReader();
    for (const bad of [
      request({ data: 'not base64!' }),
      request({ data: 'A'.repeat(MAX_PDF_BASE64_CHARS + 4) }),
      request({ maxChars: MAX_POLICY_CHARS + 1 }),
      request({ maxChars: 0 }),
      request({ url: 'https://tengebulaq.kz/docs/politika.pdf' }),
    ]) {
      expect(await onPdfRequest(bad, worker, r.deps)).toEqual({ ok: false, problem: { code: 'bad_pdf', detail: 'bad_request' } });
    }
    expect(r.calls).toEqual([]);
  });

  it('does not pass on a malformed answer of its reader', async () => {
    const r = recordingReader();
    const deps = { ...r.deps, readPdf: async () => ({ ok: true, text: 'x'.repeat(MAX_POLICY_CHARS + 1) }) as const };
    expect(await onPdfRequest(request(), worker, deps)).toEqual({ ok: false, problem: { code: 'bad_pdf' } });
  });
});

/** A document host that counts what the background asked of it. */
function countingHost(failOpen = false) {
  const counts = { open: 0, close: 0 };
  const host: OffscreenHost = {
    open: async () => { counts.open += 1; if (failOpen) throw new Error('Only a single offscreen document may be created.'); },
    close: async () => { counts.close += 1; },
  };
  return { counts, host };
}

describe('the background reads PDFs through one offscreen document', () => {
  it('opens one document for concurrent reads and closes it once both have settled', async () => {
    const { counts, host } = countingHost();
    const document = recordingReader();
    const read = createOffscreenPdfReader({ session: createOffscreenSession(host), send: async (message) => onPdfRequest(message, worker, document.deps) });
    const [a, b] = await Promise.all([read(PDF, 1000), read(new TextEncoder().encode('%PDF second'), 500)]);
    expect([a, b]).toEqual([{ ok: true, text: '%PDF-1.7 policy' }, { ok: true, text: '%PDF second' }]);
    expect(counts).toEqual({ open: 1, close: 1 });
    await read(PDF, 1000);
    expect(counts).toEqual({ open: 2, close: 2 });
  });

  it('treats a malformed or missing answer as a failed read', async () => {
    for (const answer of [{ ok: true, text: 42 }, undefined, { ok: false, problem: { code: 'made_up' } }]) {
      const read = createOffscreenPdfReader({ session: createOffscreenSession(countingHost().host), send: async () => answer });
      expect(await read(PDF, 1000)).toEqual({ ok: false, problem: { code: 'bad_pdf', detail: 'bad_reply' } });
    }
  });

  it('gives up on a document that does not answer in time, and closes it', async () => {
    const { counts, host } = countingHost();
    const read = createOffscreenPdfReader({ session: createOffscreenSession(host), send: () => new Promise(() => undefined), timeoutMs: 5 });
    expect(await read(PDF, 1000)).toEqual({ ok: false, problem: { code: 'bad_pdf', detail: 'timeout' } });
    expect(counts).toEqual({ open: 1, close: 1 });
  });

  it('says when the document cannot be opened, and tries again for the next read', async () => {
    const { counts, host } = countingHost(true);
    const read = createOffscreenPdfReader({ session: createOffscreenSession(host), send: async () => ({ ok: true, text: 'x' }) });
    expect(await read(PDF, 1000)).toEqual({ ok: false, problem: { code: 'bad_pdf', detail: 'reader_unavailable' } });
    expect(await read(PDF, 1000)).toMatchObject({ ok: false });
    expect(counts.open).toBe(2);
  });

  it('refuses bytes over the document limit before opening anything', async () => {
    const { counts, host } = countingHost();
    const read = createOffscreenPdfReader({ session: createOffscreenSession(host), send: async () => ({ ok: true, text: 'x' }) });
    expect(await read(new Uint8Array(MAX_DOCUMENT_BYTES + 1), 1000)).toMatchObject({ ok: false, problem: { code: 'too_large' } });
    expect(counts.open).toBe(0);
  });
});
