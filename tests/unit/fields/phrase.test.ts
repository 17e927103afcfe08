import { describe, expect, it } from 'vitest';
import { foldIdentifier, foldText } from '../../../src/observe/fields/fold';
import { compilePhrase } from '../../../src/observe/fields/phrase';

function matches(phrase: string, text: string): boolean {
  return compilePhrase(phrase).test(foldText(text));
}

describe('foldText', () => {
  it('lower-cases, folds ё and Kazakh letters, drops invisible characters, collapses spaces', () => {
    expect(foldText('  Ёлка  ҚҰЖАТ\u200b  Әкесінің\n')).toBe('елка кужат акесинин');
  });
});

describe('foldIdentifier', () => {
  it('splits camelCase, acronyms, digits and separators', () => {
    expect(foldIdentifier('clientIIN')).toBe('client iin');
    expect(foldIdentifier('IINNumber')).toBe('iin number');
    expect(foldIdentifier('contact_person[1][phone]')).toBe('contact person 1 phone');
    expect(foldIdentifier('phone2')).toBe('phone 2');
  });
});

describe('compilePhrase', () => {
  it('matches Russian and Kazakh suffixes after a starred stem', () => {
    expect(matches('телефон*', 'Телефона')).toBe(true);
    expect(matches('телефон*', 'Телефоныңыз')).toBe(true);
  });

  it('respects word starts and ends for Cyrillic', () => {
    expect(matches('пол', 'Пол')).toBe(true);
    expect(matches('пол', 'Полное имя')).toBe(false);
    expect(matches('телефон*', 'Радиотелефон')).toBe(false);
  });

  it('allows up to two filler words where the phrase says _', () => {
    expect(matches('номер* _ телефон*', 'Номер вашего мобильного телефона')).toBe(true);
    expect(matches('номер* _ телефон*', 'Номер и ещё три слова телефона')).toBe(false);
    expect(matches('номер* телефон*', 'Номер вашего телефона')).toBe(false);
  });

  it('treats - inside a word as an optional separator', () => {
    expect(matches('sms-код*', 'SMS-кода')).toBe(true);
    expect(matches('sms-код*', 'sms код')).toBe(true);
    expect(matches('sms-код*', 'smsкод')).toBe(true);
  });

  it('alternates within one word only', () => {
    expect(matches('id|passport scan', 'passport scan')).toBe(true);
    expect(matches('id|passport scan', 'ID scan')).toBe(true);
    expect(matches('id|passport scan', 'passport')).toBe(false);
  });

  it('is written in natural Kazakh and matches folded text', () => {
    expect(matches('құжат* _ сурет*', 'Құжаттың суреті')).toBe(true);
    expect(matches('құжат* _ сурет*', 'кужаттын сурети')).toBe(true);
  });

  it('rejects an empty phrase', () => {
    expect(() => compilePhrase('  ')).toThrow();
  });
});
