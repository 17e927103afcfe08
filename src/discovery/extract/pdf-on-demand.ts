/**
 * pdf.js loaded on the first PDF rather than with the page. In extension pages Vite splits it into
 * its own chunk; in Firefox's background (built as one classic script) the chunk is inlined.
 */
import type { PdfReader } from './document-text';

export const pdfOnDemand: PdfReader = async (bytes, maxChars) => (await import('./pdf-in-thread')).pdfText(bytes, maxChars);
