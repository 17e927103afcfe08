// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { categoryOf, classify } from './dom';

describe('bank_card', () => {
  it.each([
    ['ru number', '<label>Номер карты <input inputmode="numeric"></label>'],
    ['ru holder', '<label>Имя держателя карты <input></label>'],
    ['ru expiry placeholder', '<input placeholder="ММ/ГГ" maxlength="5">'],
    ['kk', '<label>Карта нөмірі <input></label>'],
    ['en cvv', '<label>CVV <input type="password" maxlength="3"></label>'],
    ['16-digit mask only', '<input data-mask="0000 0000 0000 0000">'],
    ['16-digit placeholder only', '<input placeholder="____ ____ ____ ____">'],
    ['autocomplete cc-number', '<input autocomplete="cc-number">'],
    ['autocomplete cc-csc', '<input autocomplete="cc-csc">'],
  ])('%s', (_case, markup) => expect(categoryOf(markup)).toBe('bank_card'));

  it('cites the autocomplete token', () => {
    expect(classify('<input autocomplete="cc-number">')?.evidence).toContain('autocomplete=cc-number');
  });
});

describe('bank_account', () => {
  it.each([
    ['ru IBAN', '<label>IBAN <input></label>'],
    ['ru ИИК', '<label for="a">ИИК (номер счёта)</label><input id="a">'],
    ['ru account number', '<label>Номер банковского счета <input></label>'],
    ['kk', '<label>Есепшот нөмірі <input></label>'],
    ['en', '<label>Bank account number <input></label>'],
    ['KZ mask only', '<input placeholder="KZ__ ____ ____ ____ ____">'],
    ['KZ example only', '<input placeholder="KZ86 125K ZT50 0410 0100">'],
    ['pattern only', '<input pattern="KZ[0-9A-Z]{18}">'],
  ])('%s', (_case, markup) => expect(categoryOf(markup)).toBe('bank_account'));
});

describe('financial_status', () => {
  it.each([
    ['ru', '<label>Ежемесячный доход, ₸ <input inputmode="numeric"></label>'],
    ['ru expenses', '<label>Ежемесячные расходы <input></label>'],
    ['ru current loans', '<label>Сумма платежей по действующим кредитам <input></label>'],
    ['kk', '<label>Айлық табысыңыз <input></label>'],
    ['en', '<label>Monthly income <input></label>'],
    ['identifier', '<input name="salary">'],
    ['income certificate upload stays financial', '<label>Справка о доходах <input type="file"></label>'],
  ])('%s', (_case, markup) => expect(categoryOf(markup)).toBe('financial_status'));
});

describe('loan_terms', () => {
  it.each([
    ['ru amount', '<label>Сумма займа <input></label>'],
    ['ru term', '<label>Срок займа, дней <input type="range" min="5" max="30"></label>'],
    ['ru calculator: «Сумма» + name=amount', '<div class="calc"><label for="s">Сумма</label><input id="s" type="range" name="amount"></div>'],
    ['kk', '<label>Қарыз сомасы <input></label>'],
    ['kk term', '<label>Несие мерзімі <input></label>'],
    ['en', '<label>Loan amount <input></label>'],
    ['custom slider', '<div role="slider" aria-label="Сумма займа" aria-valuenow="50000"></div>'],
  ])('%s', (_case, markup) => expect(categoryOf(markup)).toBe('loan_terms'));
});
