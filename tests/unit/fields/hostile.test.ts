// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { classifyField, extractFieldFeatures, type FieldFeatures } from '../../../src/observe/fields';
import { featuresOf } from './dom';

const MEGABYTE = 1024 * 1024;

function expectBounded(f: FieldFeatures): void {
  for (const text of f.texts) expect(text.text.length).toBeLessThanOrEqual(200);
  for (const value of [f.name, f.id, f.pattern, f.mask, f.autocomplete, f.accept]) expect(value.length).toBeLessThanOrEqual(200);
  expect(f.options.length).toBeLessThanOrEqual(30);
  for (const option of f.options) expect(option.length).toBeLessThanOrEqual(80);
}

function expectBoundedEvidence(f: FieldFeatures): void {
  const result = classifyField(f);
  if (result === null) throw new Error('expected a classification whose evidence is bounded');
  for (const line of result.evidence) expect(line.length).toBeLessThanOrEqual(160);
  expect(result.evidence.length).toBeLessThanOrEqual(6);
}

describe('hostile pages', () => {
  it('a 1 MB label is read in bounded form and still classified', () => {
    const huge = `ИИН ${'x'.repeat(MEGABYTE)}`;
    document.body.innerHTML = '<label for="i"></label><input id="i">';
    document.querySelector('label')?.append(huge);
    const input = document.querySelector('input');
    if (input === null) throw new Error('no input');
    const f = extractFieldFeatures(input);
    const result = classifyField(f);
    expectBounded(f);
    expect(result?.category).toBe('national_id');
    expect(result?.evidence[0]?.length).toBeLessThanOrEqual(160);
    expectBoundedEvidence(f);
  });

  it('a 1 MB label whose keyword sits at the end is cut to a bounded text that keeps the keyword', () => {
    document.body.innerHTML = '<label><input></label>';
    document.querySelector('label')?.prepend(`${'а '.repeat(MEGABYTE / 2)}Телефон`);
    const input = document.querySelector('input');
    if (input === null) throw new Error('no input');
    const f = extractFieldFeatures(input);
    expectBounded(f);
    expect(classifyField(f)?.category).toBe('phone');
    expectBoundedEvidence(f);
  });

  it('megabyte attributes are cut', () => {
    const big = 'a'.repeat(MEGABYTE);
    const el = document.createElement('input');
    for (const name of ['name', 'id', 'aria-label', 'placeholder', 'title', 'pattern', 'data-mask', 'autocomplete', 'maxlength', 'aria-labelledby']) {
      el.setAttribute(name, big);
    }
    document.body.replaceChildren(el);
    const f = extractFieldFeatures(el);
    expectBounded(f);
    expect(f.maxLength).toBeNull();
    for (const line of classifyField(f)?.evidence ?? []) expect(line.length).toBeLessThanOrEqual(160);
  });

  it('a label made of 20 000 nodes gives a bounded text', () => {
    document.body.innerHTML = '<label for="n"></label><input id="n">';
    const label = document.querySelector('label');
    for (let index = 0; index < 20_000; index += 1) label?.append(document.createElement('span'));
    label?.append('Телефон');
    const input = document.querySelector('input');
    if (input === null) throw new Error('no input');
    const f = extractFieldFeatures(input);
    expectBounded(f);
    expect(f.texts.map((t) => t.text)).toContain('Телефон');
  });

  it('a select with 1 000 long options keeps 30 short ones', () => {
    const select = document.createElement('select');
    for (let index = 0; index < 1000; index += 1) {
      const option = document.createElement('option');
      option.textContent = `${'Вариант'.repeat(50)} ${index}`;
      select.append(option);
    }
    document.body.replaceChildren(select);
    const f = extractFieldFeatures(select);
    expectBounded(f);
    expect(f.options).toHaveLength(30);
  });

  it('ids with quotes, backslashes and brackets do not break label lookup', () => {
    const f = featuresOf('<label for=\'a"]\\b\'>Телефон</label><input id=\'a"]\\b\'>');
    expect(f.texts).toContainEqual({ source: 'label', text: 'Телефон' });
  });

  it('zero-width characters inside a keyword do not hide it', () => {
    expect(classifyField(featuresOf('<label>И\u200bИ\u00adН <input></label>'))?.category).toBe('national_id');
  });

  it('hand-made features with megabyte strings are classified with bounded evidence', () => {
    const big = `Номер телефона ${'я'.repeat(MEGABYTE)}`;
    const f: FieldFeatures = {
      tag: 'input', type: 'text', role: '', name: big, id: big, autocomplete: big, inputmode: '', pattern: big,
      maxLength: null, minLength: null, mask: big, texts: Array.from({ length: 1000 }, () => ({ source: 'label' as const, text: big })),
      options: Array.from({ length: 1000 }, () => big), accept: '', capture: '', checked: false, defaultChecked: false, form: null,
    };
    expect(classifyField(f)?.category).toBe('phone');
    expectBoundedEvidence(f);
  });
});
