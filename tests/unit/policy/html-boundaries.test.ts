/**
 * Where an HTML page's elements end, a paragraph ends: a form's labels, a two-column table's rows and
 * consent boxes are never joined into one sentence, so one line's condition cannot qualify the next.
 * A <br> only breaks a line, which is joined again when it broke a sentence.
 */
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/policy/index';
import { parse, statusOf } from './helpers';

const page = (body: string) => `<!doctype html><html><head><title>Заявка</title></head><body><main>${body}</main></body></html>`;

describe('element boundaries in HTML pages', () => {
  it('separates elements by a blank line and <br> breaks by a single line break', () => {
    const text = htmlToText(page('<p>первая строка<br>вторая строка</p><label>Ваш телефон</label><legend>Шаг 2</legend>'));
    expect(text).toBe('первая строка\nвторая строка\n\nВаш телефон\n\nШаг 2');
  });

  it('keeps a required consent box apart from the optional one below it', () => {
    const parsed = parse(page(`<h1>Согласие на обработку персональных данных</h1><form><fieldset>
      <label><input type="checkbox" checked> (обязательно) Даю согласие на запрос сведений о моих доходах и займах в кредитном бюро и на передачу бюро сведений о договоре займа</label>
      <label><input type="checkbox"> (по желанию) Разрешаю определять моё местоположение для ускорения проверки заявки</label>
    </fieldset></form>`));
    expect(statusOf(parsed, 'financial_status')).toBe('declared');
    expect(statusOf(parsed, 'third_party_sharing')).toBe('declared');
    expect(statusOf(parsed, 'geolocation')).toBe('conditional');
  });

  it('reads a two-column table row by row', () => {
    const parsed = parse(page(`<h1>Privacy notice</h1><p>We process personal data as follows:</p><table>
      <tr><th>Purpose</th><th>Data</th></tr>
      <tr><td>Identification of the applicant before a loan is issued</td><td>full name, date of birth, residential address and the number of the identity card</td></tr>
      <tr><td>Notifications</td><td>email address (only if you choose to give it)</td></tr></table>`));
    expect(statusOf(parsed, 'name')).toBe('declared');
    expect(statusOf(parsed, 'address')).toBe('declared');
    expect(statusOf(parsed, 'email')).toBe('conditional');
  });

  it('still joins a sentence a <br> broke in the middle', () => {
    const parsed = parse(page(`<h1>Политика конфиденциальности</h1><p>Оператор обрабатывает персональные данные с согласия субъекта.</p><p>При рассмотрении заявки на микрокредит Компания не запрашивает и никогда не сохраняет на своих серверах ни телефонную книгу клиента, ни его точное<br>местоположение, определяемое по спутникам.</p>`));
    expect(statusOf(parsed, 'contact_book')).toBe('negated');
    expect(statusOf(parsed, 'geolocation')).toBe('negated');
  });
});
