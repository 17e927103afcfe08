// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { classifyField, type FieldFeatures } from '../../../src/observe/fields';
import { classify } from './dom';

const EMPTY: FieldFeatures = {
  tag: 'input', type: 'text', role: '', name: '', id: '', autocomplete: '', inputmode: '', pattern: '', maxLength: null,
  minLength: null, mask: '', texts: [], options: [], accept: '', capture: '', checked: false, defaultChecked: false, form: null,
};

describe('evidence and confidence', () => {
  it('quotes the label and names the structural reasons', () => {
    const result = classify('<label for="i">ИИН</label><input id="i" maxlength="12" inputmode="numeric">');
    expect(result).toEqual({ category: 'national_id', confidence: 'high', evidence: ['label «ИИН»', 'maxlength=12 + inputmode=numeric'] });
  });

  it('structure alone is medium or low, never high', () => {
    expect(classifyField({ ...EMPTY, maxLength: 12, inputmode: 'numeric' })).toEqual({
      category: 'national_id', confidence: 'low', evidence: ['maxlength=12 + inputmode=numeric'],
    });
    expect(classifyField({ ...EMPTY, type: 'tel' })?.confidence).toBe('medium');
  });

  it('autocomplete alone is high', () => {
    expect(classifyField({ ...EMPTY, autocomplete: 'billing cc-number' })).toEqual({
      category: 'bank_card', confidence: 'high', evidence: ['autocomplete=cc-number'],
    });
  });

  it('a hint from nearby text alone is low', () => {
    expect(classifyField({ ...EMPTY, texts: [{ source: 'nearby', text: 'Ваш e-mail' }] })?.confidence).toBe('low');
  });

  it('explains a mask-like placeholder', () => {
    expect(classifyField({ ...EMPTY, texts: [{ source: 'placeholder', text: '+7 (___) ___-__-__' }] })?.evidence)
      .toEqual(['placeholder «+7 (___) ___-__-__» looks like a +7 phone number']);
  });

  it('quotes a long label around the matched words', () => {
    const label = `${'Пожалуйста, внимательно заполните все поля анкеты, '.repeat(2)}укажите ИИН заёмщика`;
    const line = classifyField({ ...EMPTY, texts: [{ source: 'label', text: label }] })?.evidence[0] ?? '';
    expect(line).toMatch(/^label «….*ИИН.*»$/);
    expect(line.length).toBeLessThan(80);
  });

  it('is a fresh plain object every time (callers may keep or serialise it)', () => {
    const f = { ...EMPTY, type: 'email' };
    const first = classifyField(f);
    expect(JSON.parse(JSON.stringify(first))).toEqual(classifyField(f));
  });
});
