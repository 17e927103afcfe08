/**
 * Document text for extension pages (the options page reads files the auditor picks): pdf.js is
 * loaded only when a PDF is picked.
 */
import { extractDocumentText, type Extracted } from './document-text';
import { pdfOnDemand } from './pdf-on-demand';

export function extractText(bytes: Uint8Array, contentType: string): Promise<Extracted> {
  return extractDocumentText(bytes, contentType, pdfOnDemand);
}
