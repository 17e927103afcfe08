import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { docxText, paragraphsOfDocumentXml } from '../../../src/discovery/extract/docx-text';
import { buildDocx, documentXml } from '../../fixtures/discovery/docx';

const POLICY = 'Құпиялылық саясаты\n\n1. Біз тегін, атын және ЖСН жинаймыз.\n2. Мы собираем номер телефона & e-mail <клиента>.';

describe('DOCX text', () => {
  it('reads one line per paragraph, joining the runs Word splits it into', () => {
    const result = docxText(buildDocx(POLICY), 1e6);
    expect(result).toEqual({ ok: true, text: 'Құпиялылық саясаты\n1. Біз тегін, атын және ЖСН жинаймыз.\n2. Мы собираем номер телефона & e-mail <клиента>.' });
  });

  it('turns tabs into spaces and line breaks into new lines, and ignores properties and deleted text markup', () => {
    const xml = '<w:body><w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>1.</w:t></w:r><w:r><w:tab/><w:t>Общие</w:t></w:r>'
      + '<w:r><w:br/><w:t xml:space="preserve">положения &#1040;&#x411;</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>ИИН</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body>';
    expect(paragraphsOfDocumentXml(xml)).toBe('1. Общие\nположения АБ\nИИН');
  });

  it('says «damaged» for a zip without a Word body or for bytes that are no zip', () => {
    expect(docxText(zipSync({ 'xl/workbook.xml': strToU8('<x/>') }), 1e6)).toEqual({ ok: false, problem: { code: 'bad_docx', detail: 'word/document.xml' } });
    expect(docxText(strToU8('PK\u0003\u0004 not really a zip'), 1e6)).toMatchObject({ ok: false, problem: { code: 'bad_docx' } });
  });

  it('does not inflate a body part that declares an absurd size (zip bomb)', () => {
    const zip = zipSync({ 'word/document.xml': strToU8(documentXml('x')) });
    // The central directory's uncompressed-size field of the only entry, set to 100 MB (past the 64 MB limit).
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const central = zip.findLastIndex((_, i) => i + 4 <= zip.length && view.getUint32(i, true) === 0x02014b50);
    view.setUint32(central + 24, 100_000_000, true);
    expect(docxText(zip, 1e6)).toMatchObject({ ok: false, problem: { code: 'bad_docx' } });
  });

  it('refuses text beyond the limit and an empty document', () => {
    expect(docxText(buildDocx('слово '.repeat(100)), 50)).toMatchObject({ ok: false, problem: { code: 'text_too_large' } });
    expect(docxText(buildDocx(''), 1e6)).toEqual({ ok: false, problem: { code: 'empty' } });
  });
});
