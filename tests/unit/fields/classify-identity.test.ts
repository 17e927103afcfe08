// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { classifyField, extractFieldFeatures } from '../../../src/observe/fields';
import { categoryOf, shadowField } from './dom';

describe('name', () => {
  it.each([
    ['ru label for', '<label for="f">Фамилия</label><input id="f" name="field_1">'],
    ['ru wrapping label, ФИО', '<label>Ф.И.О. полностью <input name="q1"></label>'],
    ['ru placeholder only', '<input type="text" placeholder="Отчество (при наличии)">'],
    ['ru name attribute only', '<input type="text" name="otchestvo">'],
    ['kk label', '<label for="t">Тегіңіз</label><input id="t">'],
    ['kk patronymic', '<label>Әкесінің аты<input></label>'],
    ['kk aria-labelledby', '<span id="l1">Аты-жөні</span><input aria-labelledby="l1">'],
    ['en autocomplete', '<input autocomplete="given-name">'],
    ['en camelCase name', '<input name="lastName">'],
    ['en label', '<label>Surname <input></label>'],
  ])('%s', (_case, markup) => expect(categoryOf(markup)).toBe('name'));

  it('works inside a shadow root with label[for] resolved in the shadow tree', () => {
    const el = shadowField('<label for="n">Имя</label><input id="n">');
    expect(classifyField(extractFieldFeatures(el))?.category).toBe('name');
  });
});

describe('national_id', () => {
  it.each([
    ['ru label', '<label for="i">ИИН</label><input id="i">'],
    ['ru full wording', '<label>Индивидуальный идентификационный номер<input></label>'],
    ['kk label', '<label>ЖСН <input name="x"></label>'],
    ['kk placeholder', '<input placeholder="ЖСН енгізіңіз">'],
    ['en label', '<label>IIN <input></label>'],
    ['structure only: maxlength=12 + numeric', '<input inputmode="numeric" maxlength="12">'],
    ['structure only: pattern', '<input pattern="\\d{12}">'],
    ['mask only', '<input data-mask="000000000000">'],
    ['identifier', '<input name="client[iin]">'],
  ])('%s', (_case, markup) => expect(categoryOf(markup)).toBe('national_id'));
});

describe('birth_date', () => {
  it.each([
    ['ru', '<label for="b">Дата рождения</label><input id="b" type="date">'],
    ['ru abbreviated', '<label>Дата рожд. <input type="text" data-mask="00.00.0000"></label>'],
    ['kk', '<label>Туған күніңіз <input type="date"></label>'],
    ['en', '<label>Date of birth <input></label>'],
    ['autocomplete', '<input autocomplete="bday">'],
    ['identifier', '<input type="date" name="birthDate">'],
  ])('%s', (_case, markup) => expect(categoryOf(markup)).toBe('birth_date'));
});

describe('gender', () => {
  it.each([
    ['ru select', '<label>Пол <select name="s"><option>Мужской</option><option>Женский</option></select></label>'],
    ['ru radio with legend', '<fieldset><legend>Пол</legend><label><input type="radio" name="g1" value="m"> Мужской</label></fieldset>'],
    ['kk select', '<select name="j"><option value="">Жынысы</option><option>Ер</option><option>Әйел</option></select>'],
    ['en', '<label>Gender <select><option>Male</option><option>Female</option></select></label>'],
    ['options only', '<select name="s1"><option>Мужской</option><option>Женский</option></select>'],
  ])('%s', (_case, markup) => expect(categoryOf(markup)).toBe('gender'));

  it('a radio captioned «Мужской» in a gender group is gender', () => {
    expect(categoryOf('<div><input type="radio" name="sex" id="m"><label for="m">Мужской</label></div>')).toBe('gender');
  });
});

describe('citizenship', () => {
  it.each([
    ['ru', '<label>Гражданство <select><option>Казахстан</option></select></label>'],
    ['kk', '<label for="a">Азаматтығы</label><select id="a"><option>Қазақстан</option></select>'],
    ['en', '<label>Citizenship <input></label>'],
    ['ru checkbox question', '<label><input type="checkbox" name="rk"> Я гражданин Республики Казахстан</label>'],
  ])('%s', (_case, markup) => expect(categoryOf(markup)).toBe('citizenship'));
});
