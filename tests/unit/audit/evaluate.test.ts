import { describe, expect, it } from 'vitest';
import { AUDIT_RULES } from '../../../src/audit';
import { Finding, RULE_IDS } from '../../../src/schema/report';
import { GOOGLE_ADS, YANDEX, audit, consentCheckbox, declaration, formField, observation, policy, request, valueLeak } from './factories';

function sampleAudit() {
  const observations = [
    observation({ kind: 'form_field', category: 'national_id', id: 'f1', label: 'ИИН', name: 'iin', inputType: 'text', autocomplete: '', evidence: [], selector: '#iin', confidence: 'high' }),
    formField('phone', 'Телефон', 'f2'), request(YANDEX, 'usage_data', 'r1'), request(GOOGLE_ADS, 'tracking_technologies', 'r2'),
    valueLeak('phone', YANDEX), consentCheckbox(true),
  ];
  const parsed = policy([declaration('phone', 'declared'), declaration('camera', 'declared'), declaration('personal_data_generic', 'declared')]);
  return { observations, parsed };
}

describe('evaluateFindings', () => {
  it('has an evaluator for every rule of rules.md', () => {
    expect(new Set(AUDIT_RULES.flatMap((r) => r.emits))).toEqual(new Set(RULE_IDS));
  });

  it('returns schema-valid findings with unique ids, most severe first', () => {
    const { observations, parsed } = sampleAudit();
    const findings = audit(observations, parsed);
    for (const f of findings) Finding.parse(f);
    expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length);
    const ranks = findings.map((f) => ['high', 'medium', 'low', 'info'].indexOf(f.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('gives every finding evidence: observations or policy text, and silence only without quotes', () => {
    const { observations, parsed } = sampleAudit();
    for (const f of audit(observations, parsed)) {
      expect(f.observationIds.length + f.policyQuotes.length, f.id).toBeGreaterThan(0);
      expect(f.policySilent).toBe(f.policyQuotes.length === 0);
      for (const text of Object.values(f.message)) expect(text.length).toBeGreaterThan(20);
    }
  });

  it('is deterministic: same ids whatever the observation order', () => {
    const { observations, parsed } = sampleAudit();
    const forward = audit(observations, parsed).map((f) => f.id);
    const backward = audit([...observations].reverse(), parsed).map((f) => f.id);
    expect(backward).toEqual(forward);
  });

  it('builds ids from rule, category and evidence', () => {
    const [first] = audit([formField('national_id', 'ИИН', 'x1')], policy([]));
    const [other] = audit([formField('national_id', 'ИИН', 'x2')], policy([]));
    expect(first?.id).toMatch(/^undeclared_collection:national_id:[0-9a-f]{16}$/);
    expect(other?.id).not.toBe(first?.id);
  });
});
