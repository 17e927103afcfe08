/**
 * Text of a Word (.docx) document: the body part word/document.xml, one line per paragraph (w:p),
 * text from its runs (w:t). Only that one part is inflated, and only up to a sane size whatever it
 * declares, so a zip bomb costs little.
 */
import type { TextResult } from './text-result';
import { readZipEntry } from './zip-entry';

const BODY_PART = 'word/document.xml';
/** Word's XML is verbose, about ten times the text; a 1 MB policy is far below this. */
const MAX_BODY_XML_BYTES = 64 * 1024 * 1024;

const TOKEN = /<w:p(?=[\s>/])[^>]{0,2000}>|<\/w:p>|<w:t(?:\s[^>]{0,500})?>([^<]{0,100000})<\/w:t>|<w:(?:tab|br|cr)\b[^>]{0,200}\/>/gu;
const XML_REFERENCE = /&(?:#x([0-9a-f]{1,6})|#([0-9]{1,7})|(amp|lt|gt|quot|apos));/giu;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(XML_REFERENCE, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    const code = hex ? parseInt(hex, 16) : dec ? parseInt(dec, 10) : NaN;
    if (Number.isNaN(code)) return NAMED[(name ?? '').toLowerCase()] ?? whole;
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

export function paragraphsOfDocumentXml(xml: string): string {
  const lines: string[] = [];
  let line = '';
  const end = (): void => {
    if (line.trim()) lines.push(line.replace(/\s+/gu, ' ').trim());
    line = '';
  };
  for (const token of xml.matchAll(TOKEN)) {
    const [whole, text] = token;
    if (text !== undefined) line += decodeXml(text);
    else if (whole.startsWith('<w:tab')) line += ' ';
    // A paragraph's start or end, a line break or a carriage return: all end the line.
    else end();
  }
  end();
  return lines.join('\n');
}

export async function docxText(bytes: Uint8Array, maxChars: number): Promise<TextResult> {
  const body = await readZipEntry(bytes, BODY_PART, MAX_BODY_XML_BYTES);
  if (!body.ok) return { ok: false, problem: { code: 'bad_docx', detail: body.reason === 'missing' ? BODY_PART : body.reason } };
  const text = paragraphsOfDocumentXml(new TextDecoder('utf-8').decode(body.bytes));
  if (text.length > maxChars) return { ok: false, problem: { code: 'text_too_large', detail: String(text.length) } };
  return text.trim() ? { ok: true, text } : { ok: false, problem: { code: 'empty' } };
}
