// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { categoryOf } from './dom';

describe('employment', () => {
  it.each([
    ['ru workplace', '<label>Место работы <input></label>'],
    ['ru position', '<label for="d">Должность</label><input id="d">'],
    ['ru employer address', '<label>Адрес работодателя <input></label>'],
    ['ru work phone', '<label>Рабочий телефон <input type="tel"></label>'],
    ['kk workplace', '<label>Жұмыс орны <input></label>'],
    ['kk position', '<label>Лауазымыңыз <input></label>'],
    ['en', '<label>Employer name <input></label>'],
    ['autocomplete', '<input autocomplete="organization-title">'],
    ['employment type select', '<label>Вид занятости <select><option>Наёмный работник</option></select></label>'],
  ])('%s', (_case, markup) => expect(categoryOf(markup)).toBe('employment'));
});

describe('family', () => {
  it.each([
    ['ru marital status', '<label>Семейное положение <select><option>Женат/замужем</option><option>Холост</option></select></label>'],
    ['ru children', '<label>Количество детей <input type="number"></label>'],
    ['kk', '<label>Отбасылық жағдайы <select><option>Үйленген</option></select></label>'],
    ['kk children', '<label>Балалар саны <input></label>'],
    ['en', '<label>Marital status <select><option>Married</option><option>Single</option></select></label>'],
    ['options only', '<select name="s2"><option>Женат/замужем</option><option>Холост/не замужем</option><option>Разведен(а)</option></select>'],
  ])('%s', (_case, markup) => expect(categoryOf(markup)).toBe('family'));
});

describe('education', () => {
  it.each([
    ['ru', '<label>Образование <select><option>Высшее</option><option>Среднее специальное</option></select></label>'],
    ['kk', '<label>Біліміңіз <select><option>Жоғары</option></select></label>'],
    ['en', '<label>Education <select><option>Higher</option></select></label>'],
  ])('%s', (_case, markup) => expect(categoryOf(markup)).toBe('education'));
});

describe('kyc_status', () => {
  it.each([
    ['ru PEP checkbox', '<label><input type="checkbox" name="f9"> Я являюсь иностранным публичным должностным лицом (ИПДЛ)</label>'],
    ['ru beneficiary', '<label>Бенефициарный собственник <input></label>'],
    ['ru radio question', '<fieldset><legend>Являетесь ли вы ИПДЛ?</legend><label><input type="radio" name="r"> Да</label></fieldset>'],
    ['kk', '<label><input type="checkbox"> Мен ШЖЛТ болып табыламын</label>'],
    ['en', '<label><input type="checkbox"> I am a politically exposed person</label>'],
  ])('%s', (_case, markup) => expect(categoryOf(markup)).toBe('kyc_status'));
});

describe('credentials', () => {
  it.each([
    ['type=password only', '<input type="password">'],
    ['ru SMS code', '<label>Введите SMS-код <input inputmode="numeric" maxlength="4"></label>'],
    ['ru declined', '<label>Код из СМС <input></label>'],
    ['ru password', '<label>Придумайте пароль <input type="password"></label>'],
    ['kk', '<label>Құпиясөз <input></label>'],
    ['kk SMS', '<label>SMS-кодты енгізіңіз <input></label>'],
    ['en one-time code', '<input autocomplete="one-time-code">'],
    ['en', '<label>Verification code <input></label>'],
  ])('%s', (_case, markup) => expect(categoryOf(markup)).toBe('credentials'));
});
