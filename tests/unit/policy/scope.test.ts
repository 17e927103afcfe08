/** A denial governs its own predicate and what that predicate names (sentences written for the tests). */
import { describe, expect, it } from 'vitest';
import { EN_FRAME, KK_FRAME, RU_FRAME, parse, statusOf } from './helpers';

describe('negation scope', () => {
  it('ru: «собираем … и не передаем …» keeps the affirmed data declared', () => {
    const parsed = parse(`${RU_FRAME}Мы собираем номер телефона и не передаем его коллекторам.`);
    expect(statusOf(parsed, 'phone')).toBe('declared');
    expect(statusOf(parsed, 'third_party_sharing')).toBe('negated');
  });

  it('kk: a denied verb followed by «және» does not deny the next predicate', () => {
    const parsed = parse(`${KK_FRAME}Қосымша геолокацияны жинамайды және телефон нөміріңізді сақтайды.`);
    expect(statusOf(parsed, 'geolocation')).toBe('negated');
    expect(statusOf(parsed, 'phone')).toBe('declared');
  });

  it('en: "and do not …" denies only the second predicate', () => {
    const parsed = parse(`${EN_FRAME}We read your device model and do not share it with advertisers or other third parties.`);
    expect(statusOf(parsed, 'device_info')).toBe('declared');
    expect(statusOf(parsed, 'third_party_sharing')).toBe('negated');
  });
});

describe('a term that names another category as its object', () => {
  it('en: "we never fingerprint the browser" denies fingerprinting, not browser data', () => {
    const parsed = parse(`${EN_FRAME}Our scripts never fingerprint the browser you use.`);
    expect(statusOf(parsed, 'fingerprinting')).toBe('negated');
    expect(statusOf(parsed, 'browser_info')).toBe('silent');
  });

  it('ru: «отпечаток браузера» is fingerprinting, not browser data', () => {
    const parsed = parse(`${RU_FRAME}Сервис не снимает цифровой отпечаток браузера посетителя.`);
    expect(statusOf(parsed, 'fingerprinting')).toBe('negated');
    expect(statusOf(parsed, 'browser_info')).toBe('silent');
  });

  it('kk: «браузердің цифрлық ізі» is fingerprinting, not browser data', () => {
    const parsed = parse(`${KK_FRAME}Біз браузердің цифрлық ізін жинамаймыз.`);
    expect(statusOf(parsed, 'fingerprinting')).toBe('negated');
    expect(statusOf(parsed, 'browser_info')).toBe('silent');
  });

  it('ru and en: access to the phone\'s contacts is the address book, not the phone number', () => {
    expect(statusOf(parse(`${RU_FRAME}Приложение запрашивает доступ к контактам смартфона.`), 'phone')).toBe('silent');
    expect(statusOf(parse(`${RU_FRAME}Приложение запрашивает доступ к контактам смартфона.`), 'contact_book')).toBe('declared');
    const en = parse(`${EN_FRAME}The app uploads contacts stored on your phone.`);
    expect(statusOf(en, 'contact_book')).toBe('declared');
    expect(statusOf(en, 'phone')).toBe('silent');
  });
});

describe('dashes', () => {
  it('ru: a statement with a dash is not a glossary entry', () => {
    const parsed = parse(`${RU_FRAME}Банк может поручить хранение архива подрядчику — специализированной компании.`);
    expect(statusOf(parsed, 'third_party_sharing')).toBe('declared');
  });

  it('ru: a real glossary entry still declares no practice', () => {
    const parsed = parse(`${RU_FRAME}Обработчик – третье лицо, которому Оператор передает персональные данные.`);
    expect(statusOf(parsed, 'third_party_sharing')).toBe('silent');
  });
});
