/**
 * pdf.js for the offscreen document: its parser runs in a dedicated Worker started from the worker
 * file packaged with the extension (no remote code), so a long parse never blocks the document's
 * answers, and closing the document ends it.
 */
import { GlobalWorkerOptions } from 'pdfjs-dist/legacy/build/pdf.mjs';
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

export { pdfText } from '../extract/pdf-text';
