/**
 * A PEP questionnaire asks whether the person or their kin is a politically exposed person: that is
 * the person's KYC status, not third persons' contacts nor family data (sentences written for the tests).
 */
import { describe, expect, it } from 'vitest';
import { EN_FRAME, KK_FRAME, RU_FRAME, parse, statusOf } from './helpers';

describe('PEP questions about relatives', () => {
  it.each([
    ['ru', `${RU_FRAME}Клиент сообщает, является ли он публичным должностным лицом, его супругом или близким родственником.`],
    ['ru', `${RU_FRAME}Является ли клиент или его родственники публичными должностными лицами?`],
    ['kk', `${KK_FRAME}Сіз немесе сіздің туыстарыңыз жария лауазымды тұлға болып табыласыз ба?`],
    ['kk', `${KK_FRAME}Клиент ЖЛТ-ның жұбайы немесе туысы екенін көрсетеді.`],
    ['en', `${EN_FRAME}Are you or any of your relatives a politically exposed person?`],
    ['en', `${EN_FRAME}We ask whether you are a PEP or a close associate of one.`],
  ])('%s: %s', (_language, text) => {
    const parsed = parse(text);
    expect(statusOf(parsed, 'kyc_status')).toBe('declared');
    expect(statusOf(parsed, 'contact_persons')).toBe('silent');
    expect(statusOf(parsed, 'family')).toBe('silent');
  });

  it('relatives asked for as contacts are still contact persons', () => {
    expect(statusOf(parse(`${RU_FRAME}Мы запрашиваем номера телефонов родственников заемщика.`), 'contact_persons')).toBe('declared');
    expect(statusOf(parse(`${KK_FRAME}Клиенттің туыстарының телефон нөмірлері жиналады.`), 'contact_persons')).toBe('declared');
    expect(statusOf(parse(`${EN_FRAME}We ask for the phone numbers of two relatives.`), 'contact_persons')).toBe('declared');
  });
});
