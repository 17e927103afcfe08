// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { classifyField, extractFieldFeatures, FIELD_SELECTOR, isConsentCheckbox, isPrechecked } from '../../../src/observe/fields';

/** Every field of the page, keyed by its name attribute, with its category ('none' when null). */
function categoriesByName(markup: string): Record<string, string> {
  document.body.innerHTML = markup;
  const result: Record<string, string> = {};
  for (const el of document.querySelectorAll(FIELD_SELECTOR)) {
    result[el.getAttribute('name') ?? '?'] = classifyField(extractFieldFeatures(el))?.category ?? 'none';
  }
  return result;
}

const RUSSIAN_APPLICATION = `
<form action="https://lender.kz/api/apply" method="post" class="application">
  <div class="calc">
    <div class="calc__row"><span class="calc__title">Сумма</span><input type="range" name="amount" min="10000" max="300000"></div>
    <div class="calc__row"><span class="calc__title">Срок</span>
      <select name="period"><option>7 дней</option><option>14 дней</option><option>30 дней</option></select></div>
  </div>
  <fieldset><legend>Личные данные</legend>
    <div class="form-group"><label for="f-last">Фамилия</label><input id="f-last" name="last_name"></div>
    <div class="form-group"><label for="f-first">Имя</label><input id="f-first" name="first_name"></div>
    <div class="form-group"><label for="f-iin">ИИН</label><input id="f-iin" name="iin" maxlength="12" inputmode="numeric"></div>
    <div class="form-group"><label>Дата рождения</label><input name="birthday" type="text" data-mask="00.00.0000"></div>
    <div class="form-group"><input name="phone" placeholder="+7 (___) ___-__-__"></div>
    <div class="form-group"><label>E-mail<input name="email" type="email"></label></div>
  </fieldset>
  <fieldset><legend>Удостоверение личности</legend>
    <div class="form-group"><label>Номер документа <input name="doc_num"></label></div>
    <div class="form-group"><label>Кем выдан <select name="doc_issuer"><option>МВД РК</option><option>МЮ РК</option></select></label></div>
    <div class="form-group"><label>Дата выдачи <input name="doc_date" type="date"></label></div>
  </fieldset>
  <fieldset><legend>Работа и доход</legend>
    <div class="form-group"><label>Место работы <input name="employer"></label></div>
    <div class="form-group"><label>Телефон работодателя <input name="employer_phone" type="tel"></label></div>
    <div class="form-group"><label>Ежемесячный доход <input name="income"></label></div>
  </fieldset>
  <fieldset><legend>Контактное лицо</legend>
    <div class="form-group"><label>ФИО <input name="contact_name"></label></div>
    <div class="form-group"><label>Телефон <input name="contact_phone" type="tel"></label></div>
    <div class="form-group"><label>Кем приходится <select name="contact_relation"><option>Мать</option><option>Супруг(а)</option></select></label></div>
  </fieldset>
  <div class="upload"><label>Селфи с удостоверением <input type="file" name="selfie" accept="image/*" capture="user"></label></div>
  <div class="upload"><label>Фото удостоверения <input type="file" name="doc_photo" accept="image/*"></label></div>
  <label class="check"><input type="checkbox" name="agreement" checked> Я даю согласие на сбор и обработку персональных данных</label>
  <input type="hidden" name="utm_source" value="ads">
  <button type="submit">Получить деньги</button>
</form>`;

const KAZAKH_APPLICATION = `
<form action="/kk/apply" method="post">
  <div><label for="k1">Тегі</label><input id="k1" name="f1"></div>
  <div><label for="k2">Аты</label><input id="k2" name="f2"></div>
  <div><label for="k3">ЖСН</label><input id="k3" name="f3"></div>
  <div><label for="k4">Телефон нөміріңіз</label><input id="k4" name="f4"></div>
  <div><label for="k5">Жұмыс орны</label><input id="k5" name="f5"></div>
  <div><label for="k6">Айлық табыс</label><input id="k6" name="f6"></div>
  <div><label for="k7">Туысының телефоны</label><input id="k7" name="f7"></div>
  <div><label for="k8">Қарыз сомасы</label><input id="k8" name="f8"></div>
  <div><label><input type="checkbox" name="f9"> Дербес деректерді жинауға және өңдеуге келісемін</label></div>
</form>`;

describe('a whole application form', () => {
  it('classifies every field of a Russian microloan application', () => {
    expect(categoriesByName(RUSSIAN_APPLICATION)).toEqual({
      amount: 'loan_terms', period: 'loan_terms', last_name: 'name', first_name: 'name', iin: 'national_id',
      birthday: 'birth_date', phone: 'phone', email: 'email', doc_num: 'id_document', doc_issuer: 'id_document',
      doc_date: 'id_document', employer: 'employment', employer_phone: 'employment', income: 'financial_status',
      contact_name: 'contact_persons', contact_phone: 'contact_persons', contact_relation: 'contact_persons',
      selfie: 'face_image', doc_photo: 'document_image', agreement: 'none', utm_source: 'none',
    });
  });

  it('finds the prechecked consent box and its form', () => {
    document.body.innerHTML = RUSSIAN_APPLICATION;
    const box = document.querySelector('[name=agreement]');
    if (box === null) throw new Error('no box');
    const f = extractFieldFeatures(box);
    expect(isConsentCheckbox(f) && isPrechecked(f)).toBe(true);
    expect(f.form).toEqual({ action: 'https://lender.kz/api/apply', method: 'post' });
  });

  it('classifies every field of a Kazakh application', () => {
    expect(categoriesByName(KAZAKH_APPLICATION)).toEqual({
      f1: 'name', f2: 'name', f3: 'national_id', f4: 'phone', f5: 'employment', f6: 'financial_status',
      f7: 'contact_persons', f8: 'loan_terms', f9: 'none',
    });
  });
});
