/**
 * What a fetched or picked document is, from its first bytes before its label: servers send PDFs as
 * application/octet-stream and DOCX files as application/zip, and a page may claim anything.
 */

export type DocumentFormat = 'pdf' | 'docx' | 'text' | 'unsupported';

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0): boolean =>
  signature.every((byte, i) => bytes[at + i] === byte);

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** The compound-file container of Word 97–2003 .doc (and .xls). */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PNG = [0x89, 0x50, 0x4e, 0x47];
const JPEG = [0xff, 0xd8, 0xff];
const GIF = [0x47, 0x49, 0x46, 0x38];

/** PDF files may carry junk before the header; readers accept it within the first kilobyte. */
function hasPdfHeader(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length - PDF.length, 1024);
  for (let at = 0; at <= limit; at += 1) if (startsWith(bytes, PDF, at)) return true;
  return false;
}

const TEXTUAL_TYPE = /^(?:text\/|application\/(?:xhtml\+xml|xml|json)|$)/iu;

export function sniffFormat(bytes: Uint8Array, contentType: string): DocumentFormat {
  if (hasPdfHeader(bytes)) return 'pdf';
  if (startsWith(bytes, ZIP)) return 'docx';
  if ([OLE, PNG, JPEG, GIF].some((signature) => startsWith(bytes, signature))) return 'unsupported';
  const type = contentType.split(';')[0]?.trim() ?? '';
  if (type === 'application/pdf') return 'pdf';
  return TEXTUAL_TYPE.test(type) || type === 'application/octet-stream' ? 'text' : 'unsupported';
}

/** A short name for the sentence «this kind of document cannot be read». */
export function formatLabel(bytes: Uint8Array, contentType: string): string {
  if (startsWith(bytes, OLE)) return 'Word 97–2003 (.doc)';
  if ([PNG, JPEG, GIF].some((signature) => startsWith(bytes, signature))) return 'image';
  return (contentType.split(';')[0]?.trim() || 'unknown').slice(0, 80);
}
