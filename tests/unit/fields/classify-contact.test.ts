// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { classifyField, extractFieldFeatures } from '../../../src/observe/fields';
import { categoryOf, classify, shadowField } from './dom';

describe('phone', () => {
  it.each([
    ['ru label for', '<label for="p">Номер телефона</label><input id="p" name="f2">'],
    ['ru declined form', '<label>Номер вашего мобильного телефона <input></label>'],
    ['kk possessive suffix', '<label>Телефоныңыз <input></label>'],
    ['kk', '<label>Ұялы телефон нөмірі <input></label>'],
    ['en', '<label>Mobile phone <input></label>'],
    ['type=tel only', '<input type="tel">'],
    ['mask only', '<input data-inputmask="\'mask\': \'+7 (999) 999-99-99\'">'],
    ['mask-like placeholder only', '<input placeholder="+7 (___) ___-__-__">'],
    ['autocomplete', '<input autocomplete="section-main mobile tel">'],
    ['nearby caption only', '<div class="row"><span>Телефон</span><input name="f7"></div>'],
    ['custom textbox', '<div role="textbox" contenteditable="true" aria-label="Телефон"></div>'],
  ])('%s', (_case, markup) => expect(categoryOf(markup)).toBe('phone'));

  it('works in a shadow root with an aria-labelledby caption', () => {
    const el = shadowField('<span id="a">Телефон</span><span id="b">(обязательно)</span><input aria-labelledby="a b">');
    expect(classifyField(extractFieldFeatures(el))?.category).toBe('phone');
  });

  it('is high confidence with type, mask and label together', () => {
    const result = classify('<label>Телефон <input type="tel" placeholder="+7 (___) ___-__-__"></label>');
    expect(result?.confidence).toBe('high');
    expect(result?.evidence).toContain('type=tel');
  });
});

describe('email', () => {
  it.each([
    ['ru', '<label for="e">Электронная почта</label><input id="e">'],
    ['ru address of email is not an address', '<label>Адрес электронной почты <input></label>'],
    ['kk', '<label>Электрондық пошта мекенжайы <input></label>'],
    ['en placeholder only', '<input placeholder="E-mail">'],
    ['type=email only', '<input type="email">'],
    ['example placeholder', '<input placeholder="name@example.kz">'],
    ['inputmask alias', '<input data-inputmask-alias="email">'],
  ])('%s', (_case, markup) => expect(categoryOf(markup)).toBe('email'));
});

describe('address', () => {
  it.each([
    ['ru registration', '<label>Адрес регистрации <input></label>'],
    ['ru place of residence', '<label for="r">Место проживания</label><textarea id="r"></textarea>'],
    ['ru street', '<label>Улица <input></label>'],
    ['kk', '<label>Тұрғылықты мекенжайы <input></label>'],
    ['kk street', '<label>Көше <input></label>'],
    ['en', '<label>Street address <input></label>'],
    ['autocomplete', '<input autocomplete="address-line1">'],
    ['identifier', '<input name="reg_address">'],
  ])('%s', (_case, markup) => expect(categoryOf(markup)).toBe('address'));
});

describe('contact_persons', () => {
  it.each([
    ['ru relative phone', '<label>Телефон родственника <input type="tel"></label>'],
    ['ru contact person name', '<label>ФИО контактного лица <input></label>'],
    ['ru contact person section', '<fieldset><legend>Контактное лицо</legend><label>Телефон <input type="tel"></label></fieldset>'],
    ['ru degree of kinship', '<label>Кем вам приходится <select><option>Мать</option><option>Брат</option></select></label>'],
    ['ru spouse', '<label>ФИО супруга(и) <input></label>'],
    ['kk relative phone', '<label>Туысының телефоны <input type="tel"></label>'],
    ['kk contact person', '<label>Байланыс тұлғасының аты-жөні <input></label>'],
    ['en', '<label>Emergency contact phone <input type="tel"></label>'],
    ['identifier', '<input type="tel" name="relative_phone">'],
    ['contact person mask-only phone', '<div><span>Номер доверенного лица</span><input placeholder="+7 (___) ___-__-__"></div>'],
  ])('%s', (_case, markup) => expect(categoryOf(markup)).toBe('contact_persons'));

  it('explains that the phone belongs to a third person', () => {
    const evidence = classify('<label>Телефон родственника <input type="tel"></label>')?.evidence ?? [];
    expect(evidence[0]).toMatch(/^about a third person: label «Телефон родственника»/);
  });
});

describe('social_profile', () => {
  it.each([
    ['ru', '<label>Ссылка на страницу в соцсетях <input type="url"></label>'],
    ['kk', '<label>Әлеуметтік желідегі парақшаңыз <input></label>'],
    ['en', '<label>Instagram profile <input></label>'],
    ['identifier', '<input name="social_vk">'],
  ])('%s', (_case, markup) => expect(categoryOf(markup)).toBe('social_profile'));
});
