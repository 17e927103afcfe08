/**
 * What a page can make the parser repeat is bounded by the schema every consumer checks: a condition quoted from a
 * match with unbounded spaces, stretched by a run of tabs, must still fit (and so pass from the offscreen document
 * to the background, into the popup and the sealed report).
 */
import { describe, expect, it } from 'vitest';
import { parsePolicySync } from '../../../src/policy/index';
import { MAX_CONDITION_CHARS, ParsedPolicy } from '../../../src/schema/policy';

const TABS = '\t'.repeat(400);

describe('a condition stretched by whitespace', () => {
  it.each([
    ['en', `Privacy Policy. 1. We collect your name and phone number. 2. We never collect your location except${TABS}when you allow it in the app.`],
    ['ru', `Политика конфиденциальности. 1. Оператор собирает персональные данные: фамилию, имя, номер телефона. 2. Оператор не собирает сведения о местоположении, за исключением${TABS}случаев, когда вы разрешите доступ в приложении.`],
  ])('%s: is folded to single spaces, fits the schema and keeps its words', (_lang, text) => {
    const result = parsePolicySync(text, { source: 'x' });
    if (!result.ok) throw new Error(result.error.code);
    const location = result.policy.declarations.find((d) => d.category === 'geolocation');
    expect(location?.status).toBe('conditional');
    expect(location?.condition?.length).toBeLessThanOrEqual(MAX_CONDITION_CHARS);
    expect(location?.condition).not.toMatch(/\s{2}|\t/u);
    expect(ParsedPolicy.safeParse({ ...result.policy, sha256: '0'.repeat(64) }).success).toBe(true);
  });
});
