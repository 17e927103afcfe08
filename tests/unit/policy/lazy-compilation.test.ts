/**
 * Lexicons and patterns are compiled on first use, not at import (the service worker evaluates the
 * parser on every wake-up). A typo in a pattern would then surface only when a text reaches it, so
 * these tests build every lexicon form and reach every lazily built pattern group on purpose.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { allTerms } from '../../../src/policy/lexicon/index';
import { parsePolicySync } from '../../../src/policy/index';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('lazy compilation', () => {
  it('importing the parser constructs no regular expression', async () => {
    vi.resetModules();
    const constructed = vi.spyOn(globalThis, 'RegExp');
    await import('../../../src/policy/index');
    expect(constructed).not.toHaveBeenCalled();
  });

  it('every lexicon term compiles in each of its forms', () => {
    const terms = allTerms();
    expect(terms.length).toBeGreaterThan(500);
    for (const term of terms) {
      expect(term.lowerCaseRegex().flags).toBe('gu');
      expect(term.stickyRegex().sticky).toBe(true);
      expect(term.anyCaseRegex().ignoreCase).toBe(true);
      term.before?.();
      term.requiredBefore?.();
    }
  });

  it('reaches every pattern group of the modality, structure and vocabulary checks', () => {
    // One text per group that is built only on its own path: supporting markers (a single strong
    // marker), exceptions and hypotheticals (a denial), the Kazakh consent owner, recipients under a
    // sharing lead, scope statements, catch-alls, definitions, and a text whose lower case changes length.
    const texts = [
      'Согласие заемщика на получение отчета. Сведения о займах передаются оператору.',
      'Политика конфиденциальности. Персональные данные не передаются третьим лицам без согласия клиента. Если клиент не предоставит ИИН, заявка отклоняется.',
      'Құпиялылық саясаты. Дербес деректер. Банк геолокацияны Пайдаланушының рұқсатымен пайдаланады.',
      'Privacy policy. Personal data. This Notice explains how we collect personal data.\nWe share data with:\n- credit bureaus;\n- insurers.\n"Personal Data" means any information. Other information you provide. İSTANBUL office.',
    ];
    for (const text of texts) expect(parsePolicySync(text, { source: 'test' }).ok, text).toBe(true);
  });
});
