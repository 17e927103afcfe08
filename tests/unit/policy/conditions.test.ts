/** Consent conditions written with possessives and «after consent» in each language (sentences written for the tests). */
import { describe, expect, it } from 'vitest';
import { EN_FRAME, KK_FRAME, RU_FRAME, declarationsOf, parse } from './helpers';

describe('conditions with a possessive or a time', () => {
  it('ru: «с моего письменного согласия», «только после получения согласия»', () => {
    expect(declarationsOf(parse(`${RU_FRAME}Кредитор сообщает мой ИИН страховщику только с моего письменного согласия.`), 'national_id')[0])
      .toMatchObject({ status: 'conditional', condition: 'только с моего письменного согласия' });
    expect(declarationsOf(parse(`${RU_FRAME}Геолокация определяется только после получения вашего согласия.`), 'geolocation')[0])
      .toMatchObject({ status: 'conditional' });
  });

  it('kk: «келісімін алғаннан кейін», owner kept in the condition', () => {
    expect(declarationsOf(parse(`${KK_FRAME}Ұйым клиенттің келісімін алғаннан кейін ғана камераны қосады.`), 'camera')[0])
      .toMatchObject({ status: 'conditional' });
    expect(declarationsOf(parse(`${KK_FRAME}Клиенттің келісімімен жұмыс орнына хабарласамыз.`), 'employment')[0])
      .toMatchObject({ status: 'conditional', condition: 'Клиенттің келісімімен' });
  });

  it('en: "with my written consent", "provided that you agree"', () => {
    expect(declarationsOf(parse(`${EN_FRAME}The lender may call my employer only with my written consent.`), 'employment')[0])
      .toMatchObject({ status: 'conditional', condition: 'only with my written consent' });
    expect(declarationsOf(parse(`${EN_FRAME}We read your location provided that you agree in the app.`), 'geolocation')[0])
      .toMatchObject({ status: 'conditional' });
  });
});
