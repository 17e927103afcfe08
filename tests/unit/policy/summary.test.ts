/** One status per category: declared > conditional > generic > negated. */
import { describe, expect, it } from 'vitest';
import { summarizeDeclarations } from '../../../src/policy/index';
import { EN_FRAME, KK_FRAME, RU_FRAME, parse, statusOf } from './helpers';
import type { Declaration, DeclarationStatus } from '../../../src/schema/policy';

function declaration(status: DeclarationStatus, quote: string): Declaration {
  return { category: 'geolocation', status, quote, section: null, language: 'ru' };
}

describe('summarizeDeclarations', () => {
  it.each([
    [['negated', 'declared'], 'declared'],
    [['conditional', 'declared', 'negated'], 'declared'],
    [['negated', 'conditional'], 'conditional'],
    [['generic', 'conditional'], 'conditional'],
    [['negated', 'generic'], 'generic'],
    [['negated', 'negated'], 'negated'],
  ] as const)('%j → %s', (statuses, expected) => {
    const declarations = statuses.map((s, i) => declaration(s, `q${i}`));
    expect(summarizeDeclarations({ declarations }).get('geolocation')).toBe(expected);
  });

  it('leaves silent categories out', () => {
    expect(summarizeDeclarations({ declarations: [declaration('declared', 'q')] }).has('camera')).toBe(false);
  });

  it.each([
    `${RU_FRAME}Без вашего согласия мы не передаем сведения третьим лицам. Сведения о платежах мы передаем партнерам.`,
    `${KK_FRAME}Келісіміңізсіз деректер үшінші тұлғаларға берілмейді. Ұйым деректерді кредиттік бюроға береді.`,
    `${EN_FRAME}We do not share your data with third parties without your consent. We share repayment data with credit bureaus.`,
  ])('a denial with exceptions does not outrank a plain declaration elsewhere: %s', (text) => {
    expect(statusOf(parse(text), 'third_party_sharing')).toBe('declared');
  });
});
