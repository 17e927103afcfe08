import { describe, expect, it } from 'vitest';
import { YANDEX, audit, byRule, consentCheckbox, deviceRequest, formField, insecureTransport, request, single, valueLeak } from './factories';

/** Without a policy every finding that needs one is still reported, silent, saying the policy is unknown. */
describe('audit without a known policy', () => {
  const observations = [
    formField('national_id', 'ИИН'), request(YANDEX), valueLeak('phone', YANDEX), consentCheckbox(true),
    deviceRequest('geolocation', 'geolocation.watchPosition', false), insecureTransport('page', 'http://1kredit.kz/'),
  ];
  const findings = audit(observations, null);

  it('still evaluates the rules that need no policy', () => {
    expect(single(findings, 'form_data_leak').severity).toBe('high');
    expect(single(findings, 'prechecked_consent').severity).toBe('medium');
  });

  it('reports policy-dependent rules as undeclared and policy-silent, saying the policy is unknown', () => {
    for (const rule of ['undeclared_collection', 'undeclared_third_party', 'undeclared_cross_border', 'undeclared_analytics', 'insecure_transmission', 'permission_without_gesture'] as const) {
      const found = byRule(findings, rule);
      expect(found.length, rule).toBeGreaterThan(0);
      for (const f of found) {
        expect(f).toMatchObject({ status: 'undeclared', policySilent: true, policyQuotes: [] });
        expect(f.message.ru).toContain('Политика конфиденциальности для аудита недоступна');
        expect(f.message.en).toContain('No privacy policy was available');
      }
    }
  });

  it('produces no consistent, vague or declared-not-observed findings', () => {
    expect(findings.filter((f) => f.status === 'consistent' || f.status === 'vague' || f.status === 'not_observed')).toEqual([]);
  });
});
