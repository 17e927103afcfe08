// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractFieldFeatures, isConsentCheckbox, isPrechecked } from '../../../src/observe/fields';
import { classify, featuresOf, field } from './dom';

describe('isConsentCheckbox', () => {
  it.each([
    ['ru wrapping label', '<label><input type="checkbox"> Я даю согласие на обработку персональных данных</label>'],
    ['ru caption after the box', '<div><input type="checkbox" id="x1"><span>Согласен на сбор и обработку моих данных</span></div>'],
    ['ru label for with a link', '<input type="checkbox" id="c"><label for="c">Ознакомлен и согласен с <a href="/p">политикой конфиденциальности</a></label>'],
    ['kk', '<label><input type="checkbox"> Дербес деректерді өңдеуге келісім беремін</label>'],
    ['en', '<label><input type="checkbox"> I agree to the processing of personal data</label>'],
    ['name=agreement only', '<input type="checkbox" name="agreement">'],
    ['name=consent only', '<input type="checkbox" name="consent_pd">'],
    ['custom switch', '<div role="switch" aria-checked="true" aria-label="Согласие на обработку персональных данных"></div>'],
  ])('%s', (_case, markup) => expect(isConsentCheckbox(featuresOf(markup))).toBe(true));

  it.each([
    ['a marketing opt-in', '<label><input type="checkbox" name="news"> Хочу получать новости и акции</label>'],
    ['a PEP declaration', '<label><input type="checkbox" name="pep"> Я являюсь ИПДЛ</label>'],
    ['a text field labelled with consent wording', '<label>Согласие на обработку персональных данных <input type="text"></label>'],
  ])('%s is not a consent checkbox', (_case, markup) => expect(isConsentCheckbox(featuresOf(markup))).toBe(false));

  it('a consent checkbox listing the data it covers is not classified as that data', () => {
    const markup = '<label><input type="checkbox"> Даю согласие на обработку персональных данных: ФИО, ИИН, номер телефона</label>';
    expect(classify(markup)).toBeNull();
  });
});

describe('isPrechecked', () => {
  it('is true for a box checked in the markup', () => {
    expect(isPrechecked(featuresOf('<input type="checkbox" name="agreement" checked>'))).toBe(true);
  });

  it('is false for a box the person ticked', () => {
    const box = field('<input type="checkbox" name="agreement">', 'input');
    if (box.localName !== 'input' || !('checked' in box)) throw new Error('not a checkbox');
    box.checked = true;
    const f = extractFieldFeatures(box);
    expect(f.checked).toBe(true);
    expect(isPrechecked(f)).toBe(false);
  });

  it('is false for an unchecked box', () => {
    expect(isPrechecked(featuresOf('<input type="checkbox" name="agreement">'))).toBe(false);
  });

  it('treats aria-checked=true on a custom checkbox as checked before any interaction', () => {
    expect(isPrechecked(featuresOf('<span role="checkbox" aria-checked="true" aria-label="Согласие"></span>'))).toBe(true);
  });
});
