import { describe, expect, it } from 'vitest';
import { isIdentifierLike } from '../../../src/observe/page-drafts/identifier-like';

describe('isIdentifierLike', () => {
  it.each([
    ['f47ac10b-58cc-4372-a567-0e02b2c3d479'],
    ['12345678901234'],
    ['GA1.1.1234567890.1700000000'],
    ['k7Q2x9Lm4Rt8Vw3Zp6Yb'],
    ['eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0'],
  ])('takes %s for an identifier', (value) => expect(isIdentifierLike(value)).toBe(true));

  it.each([
    ['dark'], ['ru'], ['true'], ['{"open":true,"width":240}'], ['1767225600000'], ['1767225600'],
    ['2026-01-01T00:00:00.000Z'], ['https://kreditomat.kz/ru/loan2'], ['/catalog/item-2024'], ['collapsed-sidebar-state'],
  ])('takes %s for UI state', (value) => expect(isIdentifierLike(value)).toBe(false));
});
