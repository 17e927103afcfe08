/**
 * Denials phrased with a light verb after the practice («трансграничная передача не осуществляется»,
 * "transfers are not carried out"), and Kazakh «қосылмайды» (sentences written for the tests).
 */
import { describe, expect, it } from 'vitest';
import { EN_FRAME, KK_FRAME, RU_FRAME, parse, statusOf } from './helpers';

describe('denials', () => {
  it('ru: the practice named before «не осуществляется», «не производится»', () => {
    expect(statusOf(parse(`${RU_FRAME}Серверы размещены в г. Алматы; трансграничная передача не осуществляется.`), 'cross_border_transfer')).toBe('negated');
    expect(statusOf(parse(`${RU_FRAME}Передача данных третьим лицам не производится.`), 'third_party_sharing')).toBe('negated');
  });

  it('ru: «не вправе сообщать», «не разглашает»; «без моего согласия» is an exception', () => {
    expect(statusOf(parse(`${RU_FRAME}Агентство не разглашает сведения третьим лицам.`), 'third_party_sharing')).toBe('negated');
    expect(statusOf(parse(`${RU_FRAME}Агентство не вправе сообщать сведения третьим лицам без моего согласия.`), 'third_party_sharing')).toBe('conditional');
  });

  it('en: "are not carried out", "does not take place"', () => {
    expect(statusOf(parse(`${EN_FRAME}Cross-border transfers are not carried out.`), 'cross_border_transfer')).toBe('negated');
    expect(statusOf(parse(`${EN_FRAME}Transfer to third parties does not take place.`), 'third_party_sharing')).toBe('negated');
  });

  it('kk: «қосылмайды» denies switching a sensor on', () => {
    expect(statusOf(parse(`${KK_FRAME}Геолокация ешқашан автоматты түрде қосылмайды.`), 'geolocation')).toBe('negated');
    expect(statusOf(parse(`${KK_FRAME}Қосымша іске қосылғанда камера қосылмайды.`), 'camera')).toBe('negated');
  });
});
