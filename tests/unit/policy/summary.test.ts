/** One status per category: declared > conditional > generic > negated. */
import { describe, expect, it } from 'vitest';
import { summarizeDeclarations } from '../../../src/policy/index';
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
});
