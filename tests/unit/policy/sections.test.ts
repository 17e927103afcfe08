/** Section numbers of every style, including broken ones; each declaration gets the innermost one. */
import { describe, expect, it } from 'vitest';
import { parseMarker } from '../../../src/policy/section-marker';
import { EN_FRAME, KK_FRAME, RU_FRAME, declarationsOf, parse } from './helpers';

describe('section markers', () => {
  it.each([
    ['2.3. Текст', '2.3', 2], ['4.2.1 Текст', '4.2.1', 3], ['1. Общие положения', '1', 1], ['II.3. Текст', 'II.3', 2],
    ['Раздел II. Общие', 'II', 1], ['1-бөлім. Жалпы', '1', 1], ['Section 4 Data', '4', 1], ['а) текст', 'а)', 10], ['1) текст', '1)', 10],
    ['3( Қарыз', '3(', 10], ['- 2.2.3 взаимодействие', '2.2.3', 3], ['(b) text', '(b)', 10],
  ])('«%s» → %s', (line, number, level) => {
    expect(parseMarker(line)).toMatchObject({ number, level });
  });

  it.each(['2019 жылғы', 'I agree to the terms', '18 лет', 'Текст без номера'])('«%s» has no number', (line) => {
    expect(parseMarker(line)).toBeNull();
  });
});

describe('innermost section of a declaration', () => {
  it('ru: Roman sections with letter items', () => {
    const parsed = parse(`${RU_FRAME}Раздел II. Сведения\nII.1. Банк собирает:\nа) ИИН;\nб) номер телефона.\nII.2. Банк хранит адрес регистрации.`);
    expect(declarationsOf(parsed, 'national_id')[0]?.section).toBe('а)');
    expect(declarationsOf(parsed, 'phone')[0]?.section).toBe('б)');
    expect(declarationsOf(parsed, 'address')[0]?.section).toBe('II.2');
  });

  it('ru: a number glued into a line by a converter starts its own section', () => {
    const parsed = parse(`${RU_FRAME}8.1. Данные хранятся в архиве. 8.2. Банк собирает ИИН клиента.`);
    expect(declarationsOf(parsed, 'national_id')[0]?.section).toBe('8.2');
  });

  it('kk: «1-бөлім» headings and dotted clauses', () => {
    const parsed = parse(`${KK_FRAME}1-бөлім. Деректер\n1.1. Ұйым клиенттің ЖСН-ын жинайды.\n2-бөлім. Беру\nҰйым деректерді үшінші тұлғаларға береді.`);
    expect(declarationsOf(parsed, 'national_id')[0]?.section).toBe('1.1');
    expect(declarationsOf(parsed, 'third_party_sharing')[0]?.section).toBe('2');
  });

  it('en: text before any number has no section; a title line closes open sections', () => {
    const parsed = parse(`${EN_FRAME}We collect your e-mail address.\n3. Cookies\n3.1 We use cookies.\nSECOND DOCUMENT TITLE IN CAPITALS\nWe use web beacons.`);
    expect(declarationsOf(parsed, 'email')[0]?.section).toBeNull();
    expect(declarationsOf(parsed, 'cookies')[0]?.section).toBe('3.1');
    expect(declarationsOf(parsed, 'tracking_technologies')[0]?.section).toBeNull();
    const title = parsed.policy.sections.find((s) => s.number === null);
    expect(title?.title).toBe('SECOND DOCUMENT TITLE IN CAPITALS');
  });

  it('a section runs to the next section of its own or a shallower level', () => {
    const parsed = parse(`${RU_FRAME}1. Сбор\n1.1. Мы собираем ИИН.\n1.2. Мы собираем телефон.\n2. Передача\nМы передаем данные третьим лицам.`);
    const byNumber = new Map(parsed.policy.sections.map((s) => [s.number, s]));
    expect(parsed.text.slice(byNumber.get('1')?.start, byNumber.get('1')?.end)).toBe('1. Сбор\n1.1. Мы собираем ИИН.\n1.2. Мы собираем телефон.\n');
    expect(parsed.text.slice(byNumber.get('1.1')?.start, byNumber.get('1.1')?.end)).toBe('1.1. Мы собираем ИИН.\n');
  });

  it('sections carry title, language and offsets into the text', () => {
    const parsed = parse(`${RU_FRAME}1. Общие положения\nТекст.\n2. Сбор данных\nМы собираем ИИН.`);
    const second = parsed.policy.sections.find((s) => s.number === '2');
    expect(second).toMatchObject({ title: 'Сбор данных', language: 'ru' });
    expect(parsed.text.slice(second?.start, second?.end)).toBe('2. Сбор данных\nМы собираем ИИН.');
  });
});
