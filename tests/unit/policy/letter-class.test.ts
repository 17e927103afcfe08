import { describe, expect, it } from 'vitest';
import { withPolicyLetters } from '../../../src/policy/letter-class';

describe('the letters the parser patterns mean by \\p{L}', () => {
  it('are exactly the Unicode letters below U+0530, with and without case folding', () => {
    for (const flags of ['u', 'iu']) {
      const unicode = new RegExp(String.raw`^\p{L}$`, flags);
      const policy = new RegExp(withPolicyLetters(String.raw`^\p{L}$`), flags);
      const differing: string[] = [];
      for (let code = 0; code < 0x530; code += 1) {
        const char = String.fromCharCode(code);
        if (unicode.test(char) !== policy.test(char)) differing.push(code.toString(16));
      }
      expect(differing, flags).toEqual([]);
    }
  });

  it('are spelt into a class, a negated class and a lookbehind alike', () => {
    const wordEnd = new RegExp(withPolicyLetters(String.raw`данн[\p{L}\p{M}]*(?![\p{L}])`), 'u');
    expect(wordEnd.exec('о данных клиента')?.[0]).toBe('данных');
    const notLetter = new RegExp(withPolicyLetters(String.raw`^[^\p{L}\p{N}]$`), 'u');
    expect(['ж', 'Ә', 'q', '7'].map((char) => notLetter.test(char))).toEqual([false, false, false, false]);
    expect([' ', '«', '-'].map((char) => notLetter.test(char))).toEqual([true, true, true]);
    const wordStart = new RegExp(withPolicyLetters(String.raw`(?<!\p{L})жина`), 'u');
    expect(wordStart.test('деректерді жинаймыз')).toBe(true);
    expect(wordStart.test('біржинақ')).toBe(false);
  });

  it('leave an escaped backslash before "p{L}" and the other properties alone', () => {
    expect(withPolicyLetters(String.raw`\\p{L}`)).toBe(String.raw`\\p{L}`);
    expect(withPolicyLetters(String.raw`\p{Lu}\p{N}`)).toBe(String.raw`\p{Lu}\p{N}`);
  });

  it('leave out the letters of other scripts', () => {
    expect(new RegExp(withPolicyLetters(String.raw`^\p{L}$`), 'u').test('ა')).toBe(false);
  });
});
