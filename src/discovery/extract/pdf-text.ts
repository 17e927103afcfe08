/**
 * Text of a PDF with pdf.js. Where pdf.js's worker code runs is the importer's choice: in a Worker
 * (src/discovery/pdf/pdf-in-worker.ts), in the calling thread (pdf-in-thread.ts), or, under Node for
 * the tests, in-thread by pdf.js's own default. The legacy build is the one that also runs under
 * Node. Fonts are never loaded: only text is needed.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy, TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api';
import { joinParagraphs, pageLines, type PdfRun } from './pdf-lines';
import type { TextResult } from './text-result';

export const MAX_PDF_PAGES = 300;
/** Fewer visible characters than this in a whole document is a scan with, at most, page numbers. */
const MIN_TEXT_CHARS = 40;

function isTextItem(item: TextItem | TextMarkedContent): item is TextItem {
  return 'str' in item;
}

function runOf(item: TextItem): PdfRun {
  const y = Number(item.transform[5]);
  return { str: item.str, hasEOL: item.hasEOL, y: Number.isFinite(y) ? y : 0, height: item.height };
}

export async function pdfText(bytes: Uint8Array, maxChars: number): Promise<TextResult> {
  // pdf.js takes ownership of (detaches) the buffer it is given.
  const task = getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false,
    stopAtErrors: false, enableXfa: false, disableAutoFetch: true, disableStream: true, verbosity: 0 });
  try {
    let doc: PDFDocumentProxy;
    try {
      doc = await task.promise;
    } catch (error) {
      const locked = error instanceof Error && error.name === 'PasswordException';
      return { ok: false, problem: locked ? { code: 'bad_pdf', detail: 'password' } : { code: 'bad_pdf' } };
    }
    const pages: string[] = [];
    let chars = 0;
    for (let number = 1; number <= Math.min(doc.numPages, MAX_PDF_PAGES); number += 1) {
      const page = await doc.getPage(number);
      const content = await page.getTextContent();
      const text = joinParagraphs(pageLines(content.items.filter(isTextItem).map(runOf)));
      page.cleanup();
      chars += text.length;
      if (chars > maxChars) return { ok: false, problem: { code: 'text_too_large', detail: String(chars) } };
      pages.push(text);
    }
    const text = pages.filter((p) => p.length > 0).join('\n');
    if (text.replace(/[\s\d]/gu, '').length < MIN_TEXT_CHARS) return { ok: false, problem: { code: 'no_text_layer' } };
    return { ok: true, text };
  } catch {
    return { ok: false, problem: { code: 'bad_pdf' } };
  } finally {
    await task.destroy().catch(() => undefined);
  }
}
