import { describe, expect, it } from 'vitest';
import { KAZ_CDN, YANDEX, audit, byRule, declaration, party, policy, single, valueLeak } from './factories';

describe('form_data_leak', () => {
  it('fires high for a typed value sent to a third party, naming field, recipient and encoding', () => {
    const leak = valueLeak('phone', YANDEX, 'sha256');
    const finding = single(audit([leak], policy([])), 'form_data_leak');
    expect(finding).toMatchObject({ severity: 'high', status: 'undeclared', category: 'phone', observationIds: [leak.id], policySilent: true });
    expect(finding.message.ru).toContain('mc.yandex.ru');
    expect(finding.message.ru).toContain('Телефон');
    expect(finding.message.en).toContain('SHA-256 hash');
  });

  it('stays high when sharing is declared, and attaches the sharing and cross-border text', () => {
    const parsed = policy([
      declaration('third_party_sharing', 'declared', 'третьим лицам', '6.1'),
      declaration('cross_border_transfer', 'conditional', 'за рубеж', '6.4'),
      declaration('phone', 'declared', 'телефон', '2.1'),
    ]);
    const finding = single(audit([valueLeak('phone', YANDEX)], parsed), 'form_data_leak');
    expect(finding.severity).toBe('high');
    expect(finding.policyQuotes).toEqual([{ quote: 'третьим лицам', section: '6.1' }, { quote: 'за рубеж', section: '6.4' }]);
  });

  it('is contradicted when the policy denies sharing', () => {
    const finding = single(audit([valueLeak('phone', KAZ_CDN)], policy([declaration('third_party_sharing', 'negated')])), 'form_data_leak');
    expect(finding.status).toBe('contradicted');
  });

  it('makes one finding per leaked category', () => {
    const findings = byRule(audit([valueLeak('phone', YANDEX), valueLeak('phone', KAZ_CDN), valueLeak('national_id', YANDEX)], policy([])), 'form_data_leak');
    expect(findings.map((f) => [f.category, f.observationIds.length])).toEqual([['national_id', 1], ['phone', 2]]);
  });

  it('does not fire when the value goes to the site itself or one of its subdomains', () => {
    const findings = audit([valueLeak('phone', null), valueLeak('phone', party('api.1kredit.kz', null, 'KZ'))], policy([]));
    expect(byRule(findings, 'form_data_leak')).toEqual([]);
  });
});
