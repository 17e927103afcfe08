/** Language per segment and bilingual documents. */
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/policy/index';
import { declarationsOf, parse } from './helpers';

describe('language detection', () => {
  it.each([
    ['Компания собирает персональные данные пользователей сайта.', 'ru'],
    ['Серіктестік пайдаланушылардың дербес деректерін жинайды.', 'kk'],
    ['The company collects personal data of website users.', 'en'],
    ['пол;', null],
  ])('«%s» → %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('a bilingual consent lists both languages and parses both halves', () => {
    const parsed = parse('ДЕРБЕС ДЕРЕКТЕРДІ ӨҢДЕУГЕ КЕЛІСІМ\nМен ұйымға жеке куәлігімнің деректерін және телефон нөмірімді жинауға келісім беремін.\nСОГЛАСИЕ НА ОБРАБОТКУ ПЕРСОНАЛЬНЫХ ДАННЫХ\nЯ даю организации согласие на сбор данных удостоверения личности и номера телефона.');
    expect([...parsed.policy.languages].sort()).toEqual(['kk', 'ru']);
    expect(declarationsOf(parsed, 'id_document').map((d) => d.language)).toEqual(['kk', 'ru']);
    expect(declarationsOf(parsed, 'phone').map((d) => d.language)).toEqual(['kk', 'ru']);
  });

  it('a short item inherits the language of the list around it', () => {
    const parsed = parse('Құпиялылық саясаты. Клиент мынадай дербес деректерді ұсынады:\nжынысы;\nазаматтығы.');
    expect(declarationsOf(parsed, 'gender')[0]?.language).toBe('kk');
  });

  it('--lang fixes the language of every segment', () => {
    const parsed = parse('Privacy policy. We collect personal data: your IIN.', 'kk');
    expect(parsed.policy.languages).toEqual(['kk']);
    expect(declarationsOf(parsed, 'national_id')[0]?.language).toBe('kk');
  });
});
