// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractFieldFeatures, FIELD_SELECTOR, isFieldElement } from '../../../src/observe/fields';
import { featuresOf, field, shadowField } from './dom';

function textsOf(markup: string, selector?: string): Record<string, string> {
  return Object.fromEntries(featuresOf(markup, selector).texts.map((t) => [t.source, t.text]));
}

describe('extractFieldFeatures: where the label comes from', () => {
  it('reads label[for] and ignores labels of other fields', () => {
    const texts = textsOf('<label for="a">ИИН</label><label for="b">Телефон</label><input id="a"><input id="b">', '#a');
    expect(texts.label).toBe('ИИН');
  });

  it('reads a wrapping label without the field\'s own options', () => {
    const texts = textsOf('<label>Пол <select><option>Мужской</option></select></label>', 'select');
    expect(texts.label).toBe('Пол');
  });

  it('joins several aria-labelledby ids in order', () => {
    const texts = textsOf('<span id="x">Номер</span><span id="y">телефона</span><input aria-labelledby="y x">');
    expect(texts['aria-labelledby']).toBe('телефона Номер');
  });

  it('reads aria-label, placeholder and title', () => {
    const texts = textsOf('<input aria-label="Фамилия" placeholder="Иванов" title="Как в удостоверении">');
    expect(texts).toMatchObject({ 'aria-label': 'Фамилия', placeholder: 'Иванов', title: 'Как в удостоверении' });
  });

  it('takes the closest preceding text in the field container, nearest end first', () => {
    const texts = textsOf('<div class="f"><div><h4>Личные данные</h4><span>Дата рождения</span></div><input name="d"></div>');
    expect(texts.nearby).toBe('Личные данные Дата рождения');
    const long = textsOf(`<div><p>${'Очень длинное вступление. '.repeat(30)}Телефон</p><input></div>`);
    expect(long.nearby?.endsWith('Телефон')).toBe(true);
  });

  it('does not take the caption of the previous field as nearby text', () => {
    const texts = textsOf('<div class="row"><span>ИИН</span><input name="iin"></div><div class="row"><input name="next"></div>', '[name=next]');
    expect(texts.nearby).toBeUndefined();
  });

  it('climbs out of framework wrappers to find the caption', () => {
    const elementUi = '<div class="el-form-item"><label class="el-form-item__label">ИИН</label><div class="el-form-item__content">'
      + '<div class="el-input"><input class="el-input__inner" type="text"></div></div></div>';
    expect(textsOf(elementUi).nearby).toBe('ИИН');
  });

  it('takes a floating caption placed right after a text field', () => {
    expect(textsOf('<div class="float"><input type="text"><span class="floating-label">Фамилия</span></div>').nearby).toBe('Фамилия');
  });

  it('takes the caption after a checkbox', () => {
    expect(textsOf('<div><input type="checkbox"><span>Согласен</span></div>').nearby).toBe('Согласен');
  });

  it('reads the fieldset legend', () => {
    expect(textsOf('<fieldset><legend>Контактное лицо</legend><input></fieldset>').legend).toBe('Контактное лицо');
  });

  it('does not repeat the same text under two sources', () => {
    const f = featuresOf('<div><label for="t">Телефон</label><input id="t"></div>');
    expect(f.texts).toEqual([{ source: 'label', text: 'Телефон' }]);
  });

  it('resolves label[for] and aria-labelledby inside an open shadow root', () => {
    const el = shadowField('<label for="i">ИИН</label><span id="h">12 цифр</span><input id="i" aria-labelledby="h">');
    const f = extractFieldFeatures(el);
    expect(f.texts).toEqual(expect.arrayContaining([{ source: 'label', text: 'ИИН' }, { source: 'aria-labelledby', text: '12 цифр' }]));
  });

  it('does not resolve an id from the light DOM inside a shadow root', () => {
    document.body.innerHTML = '<label for="s">Пароль</label><x-host></x-host>';
    const host = document.querySelector('x-host');
    const shadow = host?.attachShadow({ mode: 'open' });
    if (shadow === undefined) throw new Error('no shadow');
    shadow.innerHTML = '<input id="s">';
    const input = shadow.querySelector('input');
    if (input === null) throw new Error('no input');
    expect(extractFieldFeatures(input).texts).toEqual([]);
  });
});

describe('extractFieldFeatures: attributes and state', () => {
  it('reads the identifying attributes', () => {
    const f = featuresOf('<input type="TEL" name="phone" id="p1" autocomplete="Tel" inputmode="numeric" pattern="\\d+" maxlength="18" minlength="10" data-inputmask="\'mask\': \'+7 (999) 999-99-99\'">');
    expect(f).toMatchObject({
      tag: 'input', type: 'tel', name: 'phone', id: 'p1', autocomplete: 'tel', inputmode: 'numeric', pattern: '\\d+',
      maxLength: 18, minLength: 10, mask: "'mask': '+7 (999) 999-99-99'",
    });
  });

  it('ignores non-numeric length attributes', () => {
    expect(featuresOf('<input maxlength="12abc">').maxLength).toBeNull();
  });

  it('reads select options, taking an empty-valued first option as the placeholder', () => {
    const f = featuresOf('<select name="ms"><option value="">Выберите</option><option>Женат</option><option>Холост</option></select>');
    expect(f.options).toEqual(['Женат', 'Холост']);
    expect(f.texts).toContainEqual({ source: 'placeholder', text: 'Выберите' });
    expect(f.type).toBe('select-one');
  });

  it('reads the options of a custom combobox through aria-controls', () => {
    const f = featuresOf('<div role="combobox" aria-controls="lb" aria-label="Образование"></div><ul id="lb" role="listbox"><li role="option">Высшее</li><li role="option">Среднее</li></ul>', '[role=combobox]');
    expect(f).toMatchObject({ tag: 'custom', type: 'combobox', role: 'combobox', options: ['Высшее', 'Среднее'] });
  });

  it('reads accept and capture of a file input', () => {
    expect(featuresOf('<input type="file" accept="IMAGE/*" capture="user">')).toMatchObject({ accept: 'image/*', capture: 'user' });
    expect(featuresOf('<input type="file" capture>').capture).toBe('default');
  });

  it('tells markup-checked from checked later', () => {
    expect(featuresOf('<input type="checkbox" checked>')).toMatchObject({ checked: true, defaultChecked: true });
    expect(featuresOf('<input type="checkbox">')).toMatchObject({ checked: false, defaultChecked: false });
  });

  it('resolves the form action and method, even when a control is named "action"', () => {
    const f = featuresOf('<form action="/apply" method="POST"><input name="action" value="x"><input name="method"><input name="iin"></form>', '[name=iin]');
    expect(f.form).toEqual({ action: new URL('/apply', document.baseURI).href, method: 'post' });
  });

  it('defaults the form method to get and the action to the page itself', () => {
    const f = featuresOf('<form><input name="x"></form>');
    expect(f.form).toEqual({ action: new URL('', document.baseURI).href, method: 'get' });
    expect(featuresOf('<input name="x">').form).toBeNull();
  });

  it('reports http form actions as they are (for the insecure-transmission rule)', () => {
    expect(featuresOf('<form action="http://lender.kz/send"><input></form>').form?.action).toBe('http://lender.kz/send');
  });
});

describe('field recognition', () => {
  it('recognises native fields and ARIA widgets, not plain elements', () => {
    expect(isFieldElement(field('<div role="textbox"></div>', 'div'))).toBe(true);
    expect(isFieldElement(field('<div role="combobox"></div>', 'div'))).toBe(true);
    expect(isFieldElement(field('<textarea></textarea>', 'textarea'))).toBe(true);
    expect(isFieldElement(field('<div>Телефон</div>', 'div'))).toBe(false);
  });

  it('FIELD_SELECTOR finds every kind', () => {
    document.body.innerHTML = '<input><select></select><textarea></textarea><div role="textbox"></div><div role="combobox"></div><p></p>';
    expect(document.querySelectorAll(FIELD_SELECTOR)).toHaveLength(5);
  });
});
