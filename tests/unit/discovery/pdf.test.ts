import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { joinParagraphs, pageLines } from '../../../src/discovery/extract/pdf-lines';
import { pdfText } from '../../../src/discovery/extract/pdf-text';

// Printed by Chromium from tests/fixtures/discovery/texts/tenge-policy.txt (write-pdfs.ts).
const file = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/discovery/files/${name}`));

describe('PDF text', () => {
  it('reads a PDF with Cyrillic and Kazakh text, one line per paragraph', async () => {
    const result = await pdfText(file('policy.pdf'), 1e6);
    if (!result.ok) throw new Error(result.problem.code);
    const lines = result.text.split('\n');
    expect(lines[0]).toBe('Политика обработки персональных данных ТОО «МФО Теңге Бұлақ»');
    expect(lines).toContain('3. Сайт использует файлы cookie.');
    expect(lines).toContain('4. Біз клиенттің тегін, атын, телефон нөмірін және ЖСН жинаймыз.');
  });

  it('says a scanned PDF has no text layer', async () => {
    expect(await pdfText(file('scanned.pdf'), 1e6)).toEqual({ ok: false, problem: { code: 'no_text_layer' } });
  });

  it('says a damaged PDF is damaged, and stops at the text limit', async () => {
    const broken = file('policy.pdf').slice(0, 600);
    expect(await pdfText(broken, 1e6)).toMatchObject({ ok: false, problem: { code: 'bad_pdf' } });
    expect(await pdfText(file('policy.pdf'), 100)).toMatchObject({ ok: false, problem: { code: 'text_too_large' } });
  });
});

describe('PDF lines and paragraphs', () => {
  const run = (str: string, y: number, hasEOL = false) => ({ str, y, hasEOL, height: 12 });

  it('breaks lines at end-of-line marks and where the baseline moves', () => {
    expect(pageLines([run('Политика ', 700), run('конфиденциальности', 700, true), run('1. Мы', 680), run(' собираем', 680), run('ИИН', 660)]))
      .toEqual(['Политика конфиденциальности', '1. Мы собираем', 'ИИН']);
  });

  it('joins a wrapped paragraph and a hyphenated word, keeps numbered clauses apart, drops page numbers', () => {
    expect(joinParagraphs(['1. Оператор обрабатывает персональные', 'данные клиентов и их пред-', 'ставителей.', '2. Сайт использует cookie.', '- 3 -', 'Стр. 4 из 12']))
      .toBe('1. Оператор обрабатывает персональные данные клиентов и их представителей.\n2. Сайт использует cookie.');
  });
});
