/**
 * pdf.js with its worker code run in the calling thread: importing the worker module sets
 * `globalThis.pdfjsWorker`, which pdf.js then uses instead of starting a Worker. For contexts that
 * read few PDFs and should not depend on a packaged worker file (Firefox's background, the options page).
 */
import 'pdfjs-dist/legacy/build/pdf.worker.mjs';

export { pdfText } from './pdf-text';
