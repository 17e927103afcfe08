/** Lead sentences with list items on one line or on many lines: each item is its own declaration. */
import { describe, expect, it } from 'vitest';
import { EN_FRAME, KK_FRAME, RU_FRAME, declarationsOf, parse, statusOf } from './helpers';

describe('lists', () => {
  it('ru: items on one line separated by semicolons are quoted one by one', () => {
    const parsed = parse(`${RU_FRAME}2.1. Под персональными данными понимаются: фамилия и имя; дата рождения; адрес регистрации.`);
    expect(declarationsOf(parsed, 'name')[0]?.quote).toBe('фамилия и имя');
    expect(declarationsOf(parsed, 'birth_date')[0]?.quote).toBe('дата рождения');
    expect(declarationsOf(parsed, 'address')[0]?.quote).toBe('адрес регистрации.');
  });

  it('ru: items on one line separated by commas are quoted one by one', () => {
    const parsed = parse(`${RU_FRAME}Мы запрашиваем: гражданство, семейное положение, место работы.`);
    expect(declarationsOf(parsed, 'citizenship')[0]?.quote).toBe('гражданство');
    expect(declarationsOf(parsed, 'family')[0]?.quote).toBe('семейное положение');
    expect(declarationsOf(parsed, 'employment')[0]?.quote).toBe('место работы.');
  });

  it('kk: a lead «мынадай деректерді ұсынады:» with items on many lines', () => {
    const parsed = parse(`${KK_FRAME}Клиент мынадай деректерді ұсынады:\n- жынысы;\n- азаматтығы;\n- банктік картасының деректері.\nБасқа мәтін.`);
    expect(declarationsOf(parsed, 'gender').map((d) => d.quote)).toEqual(['жынысы']);
    expect(declarationsOf(parsed, 'citizenship').map((d) => d.quote)).toEqual(['азаматтығы']);
    expect(declarationsOf(parsed, 'bank_card').map((d) => [d.quote, d.language])).toEqual([['банктік картасының деректері.', 'kk']]);
  });

  it('en: numbered items under a lead inherit its negation', () => {
    const parsed = parse(`${EN_FRAME}We do not collect the following data:\na) your microphone recordings;\nb) your contact list.`);
    expect(declarationsOf(parsed, 'microphone')[0]).toMatchObject({ status: 'negated', section: 'a)', quote: 'your microphone recordings' });
    expect(statusOf(parsed, 'contact_book')).toBe('negated');
  });

  it('ru: a list ends at the item that ends with a full stop', () => {
    const parsed = parse(`${RU_FRAME}Мы не собираем:\n- ИИН;\n- паспортные данные.\nМы собираем номер телефона.`);
    expect(statusOf(parsed, 'national_id')).toBe('negated');
    expect(statusOf(parsed, 'phone')).toBe('declared');
  });
});
