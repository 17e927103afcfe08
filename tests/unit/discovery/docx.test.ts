import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { docxText, paragraphsOfDocumentXml } from '../../../src/discovery/extract/docx-text';
import { readZipEntry } from '../../../src/discovery/extract/zip-entry';
import { buildDocx, documentXml } from '../../fixtures/discovery/docx';

const POLICY = 'Құпиялылық саясаты\n\n1. Біз тегін, атын және ЖСН жинаймыз.\n2. Мы собираем номер телефона & e-mail <клиента>.';

describe('DOCX text', () => {
  it('reads one line per paragraph, joining the runs Word splits it into', async () => {
    const result = await docxText(buildDocx(POLICY), 1e6);
    expect(result).toEqual({ ok: true, text: 'Құпиялылық саясаты\n1. Біз тегін, атын және ЖСН жинаймыз.\n2. Мы собираем номер телефона & e-mail <клиента>.' });
  });

  it('turns tabs into spaces and line breaks into new lines, and ignores properties and deleted text markup', () => {
    const xml = '<w:body><w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>1.</w:t></w:r><w:r><w:tab/><w:t>Общие</w:t></w:r>'
      + '<w:r><w:br/><w:t xml:space="preserve">положения &#1040;&#x411;</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>ИИН</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body>';
    expect(paragraphsOfDocumentXml(xml)).toBe('1. Общие\nположения АБ\nИИН');
  });

  it('says «damaged» for a zip without a Word body or for bytes that are no zip', async () => {
    expect(await docxText(zipSync({ 'xl/workbook.xml': strToU8('<x/>') }), 1e6)).toEqual({ ok: false, problem: { code: 'bad_docx', detail: 'word/document.xml' } });
    expect(await docxText(strToU8('PK\u0003\u0004 not really a zip'), 1e6)).toEqual({ ok: false, problem: { code: 'bad_docx', detail: 'not_zip' } });
  });

  it('reads a body part stored without compression and one among many parts', async () => {
    const stored = zipSync({ 'word/document.xml': [strToU8(documentXml('Мы собираем ИИН.')), { level: 0 }] });
    expect(await docxText(stored, 1e6)).toEqual({ ok: true, text: 'Мы собираем ИИН.' });
    const parts = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`word/media/image${i}.xml`, '<x/>']));
    expect(await docxText(buildDocx('Біз ЖСН жинаймыз.', parts), 1e6)).toEqual({ ok: true, text: 'Біз ЖСН жинаймыз.' });
  });

  it('says «damaged» for a body part cut short or not deflate data', async () => {
    const zip = buildDocx(POLICY);
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const central = centralEntryOf(zip, 'word/document.xml');
    const local = view.getUint32(central + 42, true);
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const garbled = zip.slice();
    garbled.fill(0xff, dataStart, dataStart + 8);
    expect(await docxText(garbled, 1e6)).toEqual({ ok: false, problem: { code: 'bad_docx', detail: 'damaged' } });
    const cut = zip.slice();
    new DataView(cut.buffer).setUint32(central + 20, zip.length, true);
    expect(await docxText(cut, 1e6)).toEqual({ ok: false, problem: { code: 'bad_docx', detail: 'damaged' } });
  });

  it('stops inflating at the size limit even when the archive understates the size (zip bomb)', async () => {
    const bomb = new Uint8Array(4 * 1024 * 1024).fill(0x20);
    const zip = zipSync({ 'word/document.xml': [bomb, { level: 9 }] });
    new DataView(zip.buffer, zip.byteOffset, zip.byteLength).setUint32(centralEntryOf(zip, 'word/document.xml') + 24, 1000, true);
    expect(zip.length).toBeLessThan(64 * 1024);
    expect(await readZipEntry(zip, 'word/document.xml', 256 * 1024)).toEqual({ ok: false, reason: 'too_large' });
    const whole = await readZipEntry(zip, 'word/document.xml', bomb.length);
    expect(whole.ok && whole.bytes.length === bomb.length && whole.bytes.every((byte) => byte === 0x20)).toBe(true);
  });

  it('does not inflate a body part that declares an absurd size (zip bomb)', async () => {
    const zip = zipSync({ 'word/document.xml': strToU8(documentXml('x')) });
    // The central directory's uncompressed-size field of the only entry, set to 100 MB (past the 64 MB limit).
    new DataView(zip.buffer, zip.byteOffset, zip.byteLength).setUint32(centralEntryOf(zip, 'word/document.xml') + 24, 100_000_000, true);
    expect(await docxText(zip, 1e6)).toEqual({ ok: false, problem: { code: 'bad_docx', detail: 'too_large' } });
  });

  it('refuses text beyond the limit and an empty document', async () => {
    expect(await docxText(buildDocx('слово '.repeat(100)), 50)).toMatchObject({ ok: false, problem: { code: 'text_too_large' } });
    expect(await docxText(buildDocx(''), 1e6)).toEqual({ ok: false, problem: { code: 'empty' } });
  });
});

/** Where the central directory's entry for `name` starts. */
function centralEntryOf(zip: Uint8Array, name: string): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const wanted = strToU8(name);
  for (let at = 0; at + 46 <= zip.length; at += 1) {
    if (view.getUint32(at, true) !== 0x02014b50 || view.getUint16(at + 28, true) !== wanted.length) continue;
    if (wanted.every((byte, i) => zip[at + 46 + i] === byte)) return at;
  }
  throw new Error(`no central entry for ${name}`);
}
