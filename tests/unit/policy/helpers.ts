/** Shared helpers for the parser tests. */
import { expect } from 'vitest';
import type { CategoryId } from '../../../src/categories';
import { parsePolicySync, summarizeDeclarations } from '../../../src/policy/index';
import type { LanguageOption } from '../../../src/policy/index';
import type { Declaration, DeclarationStatus } from '../../../src/schema/policy';

export interface Parsed {
  text: string;
  policy: { languages: string[]; sections: { number: string | null; title: string; language: string; start: number; end: number }[]; declarations: Declaration[] };
}

export function parse(text: string, lang: LanguageOption = 'auto'): Parsed {
  const result = parsePolicySync(text, { source: 'test', lang });
  if (!result.ok) throw new Error(`parse failed: ${result.error.code}: ${result.error.message}`);
  return { text: result.text, policy: result.policy };
}

export function statusOf(parsed: Parsed, category: CategoryId): DeclarationStatus | 'silent' {
  return summarizeDeclarations(parsed.policy).get(category) ?? 'silent';
}

export function declarationsOf(parsed: Parsed, category: CategoryId): Declaration[] {
  return parsed.policy.declarations.filter((d) => d.category === category);
}

/** A short policy frame so that a test sentence passes the policy-vocabulary check. */
export const RU_FRAME = 'Политика конфиденциальности. Оператор обрабатывает персональные данные с согласия субъекта.\n';
export const KK_FRAME = 'Құпиялылық саясаты. Дербес деректерді өңдеу туралы келісім.\n';
export const EN_FRAME = 'Privacy Policy. This policy explains how we process personal data with your consent.\n';

const FRAMES: Readonly<Record<string, string>> = { ru: RU_FRAME, kk: KK_FRAME, en: EN_FRAME };

/** [language, sentence, category, expected summary status]: the sentence is parsed inside its language's frame. */
export type StatusCase = readonly [string, string, CategoryId, string];

export function expectStatus([language, text, category, status]: StatusCase): void {
  expect(statusOf(parse(`${FRAMES[language] ?? ''}${text}`), category), `${language}: ${text}`).toBe(status);
}
