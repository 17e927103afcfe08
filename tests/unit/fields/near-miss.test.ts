// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { categoryOf, classify } from './dom';

describe('near misses: the right category, or none', () => {
  it.each([
    ['a hotline phone number printed near a newsletter email field is still email',
      '<div class="subscribe"><p>Телефон горячей линии: 7555</p><input type="email" name="newsletter" placeholder="Ваш e-mail"></div>', 'email'],
    ['a contact person\'s phone is contact_persons, not phone',
      '<label for="c">Телефон контактного лица</label><input id="c" type="tel" placeholder="+7 (___) ___-__-__">', 'contact_persons'],
    ['«Контактный телефон» is the applicant\'s own phone',
      '<label>Контактный телефон <input type="tel"></label>', 'phone'],
    ['a calculator «Сумма» with name=amount is loan_terms',
      '<div class="calculator"><label for="sum">Сумма</label><input id="sum" type="range" name="amount" min="10000" max="300000"></div>', 'loan_terms'],
    ['«Сумма дохода» is income, not the loan', '<label>Сумма дохода <input></label>', 'financial_status'],
    ['«Срок действия карты» is the card, not the loan term', '<label>Срок действия карты <input placeholder="ММ/ГГ"></label>', 'bank_card'],
    ['«Дата выдачи» is the document, not the birth date', '<label>Дата выдачи <input type="date"></label>', 'id_document'],
    ['«Имя держателя карты» is the card, not the name', '<label>Имя держателя карты <input></label>', 'bank_card'],
    ['«Почтовый индекс» is the address, not email', '<label>Почтовый индекс <input></label>', 'address'],
    ['a CVV in a password box is card data, not credentials', '<label>CVC <input type="password" maxlength="3"></label>', 'bank_card'],
    ['«ФИО» in a «Место работы» group of the employer\'s director is employment',
      '<label>ФИО руководителя организации <input></label>', 'employment'],
    ['IIN of a relative is a third person\'s', '<label>ИИН супруга <input></label>', 'contact_persons'],
    ['«лицевая сторона» is a document side, not a face', '<label>Лицевая сторона удостоверения <input type="file"></label>', 'document_image'],
    ['«Facebook» is a social profile, not a face image', '<label>Facebook <input></label>', 'social_profile'],
    ['«Количество членов семьи» is family, not contact persons', '<label>Количество членов семьи <input type="number"></label>', 'family'],
    ['«Должностное лицо» is KYC, not a job title', '<label><input type="checkbox"> Я не являюсь публичным должностным лицом</label>', 'kyc_status'],
  ])('%s', (_case, markup, expected) => expect(categoryOf(markup)).toBe(expected));

  it.each([
    ['a search box', '<form role="search"><input type="search" name="q" placeholder="Поиск по сайту"></form>'],
    ['a search box without type=search', '<label>Найти <input name="query"></label>'],
    ['a "Promo code" field', '<label>Promo code <input name="promo"></label>'],
    ['a «Промокод» field', '<label>Промокод <input name="code"></label>'],
    ['a captcha', '<label>Введите код с картинки <input name="captcha"></label>'],
    ['an unlabelled calculator slider', '<div class="calc"><input type="range" min="1" max="30"></div>'],
    ['a bare unlabelled text input', '<input type="text">'],
    ['a hidden input named iin', '<input type="hidden" name="iin" value="1">'],
    ['a submit button', '<input type="submit" value="Отправить заявку">'],
    ['a date with no label', '<input type="date">'],
    ['a newsletter checkbox next to a phone word', '<label><input type="checkbox" name="sms"> Получать SMS на телефон</label>'],
    ['a comment box', '<label>Комментарий <textarea></textarea></label>'],
    ['a file input with no description', '<input type="file">'],
  ])('%s is not classified', (_case, markup) => expect(classify(markup)).toBeNull());

  it('a single weak hint from a fieldset legend is not enough', () => {
    expect(classify('<fieldset><legend>Личные данные</legend><input name="f1"></fieldset>')).toBeNull();
  });
});
