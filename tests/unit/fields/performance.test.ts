// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { classifyField, extractFieldFeatures, FIELD_SELECTOR, type FieldFeatures } from '../../../src/observe/fields';

const NativeRegExp = globalThis.RegExp;

afterEach(() => {
  globalThis.RegExp = NativeRegExp;
});

function applicationForm(copies: number): string {
  const block = `
    <div class="row"><label for="n{i}">ФИО</label><input id="n{i}" name="fio{i}"></div>
    <div class="row"><label>Телефон <input type="tel" placeholder="+7 (___) ___-__-__"></label></div>
    <div class="row"><span>ИИН</span><input maxlength="12" inputmode="numeric"></div>
    <div class="row"><label>Семейное положение <select><option>Женат</option><option>Холост</option></select></label></div>
    <div class="row"><label>Ежемесячный доход <input></label></div>`;
  return `<form action="/apply" method="post">${Array.from({ length: copies }, (_v, i) => block.replaceAll('{i}', String(i))).join('')}</form>`;
}

describe('performance', () => {
  it('builds no regular expression while classifying, once the lexicons have been compiled', () => {
    const field: FieldFeatures = {
      tag: 'input', type: 'text', role: '', name: 'client_phone', id: 'p', autocomplete: 'tel', inputmode: '', pattern: '\\d{12}',
      maxLength: 12, minLength: null, mask: "'mask': '+7 (999) 999-99-99'", texts: [{ source: 'label', text: 'Телефон родственника' }],
      options: ['Мать'], accept: '', capture: '', checked: false, defaultChecked: false, form: null,
    };
    // The first classification compiles the lexicons it needs (they are built lazily); later ones build nothing.
    classifyField(field);
    let constructed = 0;
    globalThis.RegExp = new Proxy(NativeRegExp, {
      construct(target, args: [string | RegExp, string?]) {
        constructed += 1;
        return new target(...args);
      },
      apply(target, _this, args: [string | RegExp, string?]) {
        constructed += 1;
        return target(...args);
      },
    });
    classifyField(field);
    expect(constructed).toBe(0);
  });

  it('classifies every field of a 500-field page', () => {
    document.body.innerHTML = applicationForm(100);
    const fields = [...document.querySelectorAll(FIELD_SELECTOR)];
    expect(fields).toHaveLength(500);
    const categories = fields.map((el) => classifyField(extractFieldFeatures(el))?.category);
    expect(categories.slice(0, 5)).toEqual(['name', 'phone', 'national_id', 'family', 'financial_status']);
  });
});
