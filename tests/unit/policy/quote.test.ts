/** Quotes are verbatim substrings of the source after whitespace folding, markdown and all. */
import { describe, expect, it } from 'vitest';
import { isVerbatimQuote, MAX_QUOTE_CHARS, normalizeForQuote } from '../../../src/policy/index';
import { declarationsOf, parse, RU_FRAME } from './helpers';

describe('normalizeForQuote / isVerbatimQuote', () => {
  it('folds runs of whitespace, tabs and line breaks to one space and trims', () => {
    expect(normalizeForQuote('  предоставляет\t разрешение\n\n к  использованию ')).toBe('предоставляет разрешение к использованию');
  });

  it.each([
    ['ru', 'Компания  собирает\tИИН\nи телефон.', 'собирает ИИН и телефон'],
    ['kk', 'Серіктестік\n\nЖСН-ды   жинайды.', 'Серіктестік ЖСН-ды жинайды.'],
    ['en', 'We   collect\nyour name.', 'collect your name'],
  ])('%s: accepts a whitespace-folded substring', (_language, source, quote) => {
    expect(isVerbatimQuote(source, quote)).toBe(true);
  });

  it('rejects paraphrase, markdown removed from the middle, and empty quotes', () => {
    expect(isVerbatimQuote('Мы собираем ИИН.', 'Мы собираем ИИН клиента.')).toBe(false);
    expect(isVerbatimQuote('(далее — **Компания**) собирает ИИН', '(далее — Компания) собирает ИИН')).toBe(false);
    expect(isVerbatimQuote('Мы собираем ИИН.', '   ')).toBe(false);
  });
});

describe('quotes of the parser', () => {
  it('keep markdown inside a statement and stay verbatim', () => {
    const source = `${RU_FRAME}**1.6. Регистрация** — отправка **сканированных документов** и ИИН.`;
    const parsed = parse(source);
    const [document] = declarationsOf(parsed, 'document_image');
    expect(document?.quote).toContain('**сканированных документов**');
    expect(isVerbatimQuote(source, document?.quote ?? '')).toBe(true);
  });

  it('cut a long statement to a window around the evidence, at word boundaries', () => {
    const filler = 'Оператор обеспечивает соблюдение требований законодательства при обработке сведений, '.repeat(8);
    const source = `${RU_FRAME}${filler}а также собирает геолокацию устройства клиента для проверки заявки ${filler}`;
    const [geo] = declarationsOf(parse(source), 'geolocation');
    expect(geo?.quote.length).toBeLessThanOrEqual(MAX_QUOTE_CHARS);
    expect(geo?.quote).toContain('геолокацию устройства');
    expect(isVerbatimQuote(source, geo?.quote ?? '')).toBe(true);
    expect(source).toContain(` ${geo?.quote.split(' ')[0] ?? '?'} `);
  });
});
