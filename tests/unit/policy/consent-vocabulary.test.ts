/**
 * Consent forms that never say «персональные данные» but name «сведения», «информация обо мне»,
 * «мәліметтер» or "information about me" and what is done with them are accepted; a text that only
 * agrees to something else is not; collecting such data without a list is the catch-all (sentences
 * written for the tests).
 */
import { describe, expect, it } from 'vitest';
import { parsePolicySync } from '../../../src/policy/index';
import { parse, statusOf } from './helpers';

function accepted(text: string): boolean {
  return parsePolicySync(text, { source: 'test' }).ok;
}

describe('consent vocabulary', () => {
  it.each([
    'Согласие на получение информации. Я разрешаю банку запрашивать информацию обо мне в кредитном бюро.',
    'Я согласен на сбор и хранение информации обо мне.',
    'Мен өзім туралы мәліметтерді жинауға және өңдеуге келісемін.',
    'Consent. I authorize the lender to obtain my credit report from the credit bureau.',
    'I agree that the lender may collect and store information about me.',
    'How we use your information. We collect your name and address and share your information with our insurers.',
    'Как мы используем ваши данные. Мы собираем ваши данные при оформлении заявки и передаем их партнерам.',
    'Деректеріңізді қалай пайдаланамыз. Біз деректеріңізді өтінім беру кезінде жинаймыз және үшінші тұлғаларға береміз.',
  ])('accepts «%s»', (text) => {
    expect(accepted(text)).toBe(true);
  });

  it.each([
    'We agree to collect the kids from school. Consent forms for the trip are attached.',
    'Рецепт борща. Я согласен, что свекла полезна. Сбор урожая в августе.',
  ])('rejects «%s»', (text) => {
    expect(accepted(text)).toBe(false);
  });
});

describe('data about the person, named without «персональные»', () => {
  it.each([
    'Согласие. Я согласен на сбор и хранение информации обо мне.',
    'Келісім. Мен өзім туралы мәліметтерді жинауға және өңдеуге келісемін.',
    'Consent. I agree that the lender may collect and store information about me.',
  ])('an unlisted collection is the personal-data catch-all: «%s»', (text) => {
    expect(statusOf(parse(text), 'personal_data_generic')).toBe('generic');
  });
});
