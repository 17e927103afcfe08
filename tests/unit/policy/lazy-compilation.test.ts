/**
 * Lexicons and patterns are compiled on first use, not at import (the service worker evaluates the
 * parser on every wake-up). A typo in a pattern would then surface only when a text reaches it, so
 * these tests build every lexicon form and reach every lazily built pattern group on purpose.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compilePattern } from '../../../src/policy/lazy';
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

  it('a pattern compiled ahead keeps its flags and starts a global or sticky search from the beginning', () => {
    for (const flags of ['gu', 'uy', 'giu']) {
      // It matches the spaces it is first run on, so a search left where that run ended would start inside the word.
      const pattern = compilePattern(String.raw`\p{L}+|\s`, flags);
      expect(pattern.flags).toBe(flags);
      expect(pattern.lastIndex).toBe(0);
      expect(pattern.exec('данные data')?.[0]).toBe('данные');
    }
  });

  it('a first parse leaves V8 under its 1 MB budget of expression code, so it keeps optimising the expressions compiled last', () => {
    const ROOT = join(import.meta.dirname, '../../..');
    const script = `const { parsePolicySync } = await import('./src/policy/index.ts');
      const { readFileSync } = await import('node:fs');
      parsePolicySync(readFileSync('policies/kreditomat.kz/policy.txt', 'utf8'), { source: 'kreditomat.kz' });`;
    const run = spawnSync(process.execPath, ['--trace-regexp-tier-up', '--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const sizes = [...run.stdout.matchAll(/bytecode size: (\d+)/gu)].map((found) => Number(found[1]));
    // Literals still start in bytecode: an empty trace would mean the flag no longer reports.
    expect(sizes.length).toBeGreaterThan(0);
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBeLessThan(1024 * 1024);
  }, 30_000);
});
