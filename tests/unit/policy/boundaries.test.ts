/**
 * Where one term's evidence ends (sentences written for the tests): a term never runs from a heading
 * into the paragraph below it; «дополнительно» is an adverb, not a catch-all; a device's model is not
 * a phone number; an ID card is not a bank card; contacts listed with other permissions keep them.
 */
import { describe, expect, it } from 'vitest';
import { EN_FRAME, KK_FRAME, RU_FRAME, declarationsOf, parse, statusOf } from './helpers';

describe('term boundaries', () => {
  it('a heading does not start a term that ends in the paragraph below', () => {
    const parsed = parse(`${RU_FRAME}\n4. Передача данных\nДанные карты передаются банку-эквайеру.\n`);
    expect(declarationsOf(parsed, 'third_party_sharing').map((d) => d.quote)).toEqual(['Данные карты передаются банку-эквайеру.']);
  });

  it('en: a heading "Sharing" is not joined to the next paragraph', () => {
    const parsed = parse(`${EN_FRAME}\nSharing\nWe pass the file to collectors when a loan is overdue.\n`);
    expect(declarationsOf(parsed, 'third_party_sharing').map((d) => d.quote)).toEqual(['We pass the file to collectors when a loan is overdue.']);
  });

  it('ru: «дополнительно сообщает сведения» lists data, it is no catch-all', () => {
    const parsed = parse(`${RU_FRAME}Клиент дополнительно сообщает сведения о работодателе.`);
    expect(statusOf(parsed, 'employment')).toBe('declared');
    expect(statusOf(parsed, 'personal_data_generic')).toBe('silent');
    expect(statusOf(parse(`${RU_FRAME}Клиент сообщает дополнительные сведения.`), 'personal_data_generic')).toBe('generic');
  });

  it('the model of a phone is device data, not a phone number', () => {
    const ru = parse(`${RU_FRAME}Приложение определяет модель телефона.`);
    expect(statusOf(ru, 'device_info')).toBe('declared');
    expect(statusOf(ru, 'phone')).toBe('silent');
  });

  it('en: ID card details are no bank card', () => {
    const parsed = parse(`${EN_FRAME}We collect your ID card details.`);
    expect(statusOf(parsed, 'id_document')).toBe('declared');
    expect(statusOf(parsed, 'bank_card')).toBe('silent');
  });

  it('ru: contacts coordinated with the microphone are both denied', () => {
    const parsed = parse(`${RU_FRAME}Доступ к микрофону и контактам приложение не запрашивает.`);
    expect(statusOf(parsed, 'contact_book')).toBe('negated');
    expect(statusOf(parsed, 'microphone')).toBe('negated');
  });

  it('kk: «контактілерге қол жеткізу» is the address book', () => {
    expect(statusOf(parse(`${KK_FRAME}Қосымша контактілерге қол жеткізбейді.`), 'contact_book')).toBe('negated');
  });
});
