import { describe, expect, it } from 'vitest';
import { GOOGLE_ADS, KAZ_CDN, UNKNOWN_HOST, YANDEX, audit, byRule, declaration, party, policy, request, single } from './factories';

describe('undeclared_third_party', () => {
  it('fires high once per operator, naming operator and country, when sharing is not declared', () => {
    const a = request(YANDEX);
    const b = request(party('yandex.ru', 'Yandex LLC', 'RU', 'site_analytics'));
    const c = request(GOOGLE_ADS);
    const findings = byRule(audit([a, b, c], policy([])), 'undeclared_third_party');
    expect(findings).toHaveLength(2);
    const yandex = findings.find((f) => f.observationIds.includes(a.id));
    expect(yandex).toMatchObject({ severity: 'high', status: 'undeclared', category: 'third_party_sharing', observationIds: [a.id, b.id], policySilent: true });
    expect(yandex?.message.ru).toContain('Yandex LLC');
    expect(yandex?.message.ru).toContain('Россия');
    expect(yandex?.message.kk).toContain('Ресей');
    expect(yandex?.message.en).toContain('mc.yandex.ru');
  });

  it('groups an unknown operator by registrable domain and says the operator is unknown', () => {
    const finding = single(audit([request(UNKNOWN_HOST)], policy([])), 'undeclared_third_party');
    expect(finding.message.ru).toContain('оператор неизвестен');
    expect(finding.message.kk).toContain('операторы белгісіз');
  });

  it('does not treat a subdomain of the audited site as a third party, whatever the observer said', () => {
    const findings = audit([request(party('cdn.1kredit.kz', null, 'KZ', 'cdn'))], policy([]));
    expect(byRule(findings, 'undeclared_third_party')).toEqual([]);
    expect(byRule(findings, 'undeclared_cross_border')).toEqual([]);
  });

  it('does not fire for a first-party request', () => {
    expect(byRule(audit([request(null)], policy([])), 'undeclared_third_party')).toEqual([]);
  });

  it('is consistent when third-party sharing is declared, with the sharing quotes attached', () => {
    const parsed = policy([declaration('third_party_sharing', 'declared', 'передавать третьим лицам', '6.1')]);
    const finding = single(audit([request(KAZ_CDN)], parsed), 'undeclared_third_party');
    expect(finding).toMatchObject({ status: 'consistent', severity: 'info', policyQuotes: [{ quote: 'передавать третьим лицам', section: '6.1' }] });
  });

  it('counts a declared cross-border transfer as declared sharing', () => {
    const finding = single(audit([request(KAZ_CDN)], policy([declaration('cross_border_transfer', 'conditional')])), 'undeclared_third_party');
    expect(finding.status).toBe('consistent');
  });

  it('is contradicted when the policy denies sharing', () => {
    const finding = single(audit([request(KAZ_CDN)], policy([declaration('third_party_sharing', 'negated', 'не передаём', '6.2')])), 'undeclared_third_party');
    expect(finding).toMatchObject({ status: 'contradicted', severity: 'high' });
  });
});

describe('undeclared_cross_border', () => {
  it('fires once per foreign operator, naming its country', () => {
    const findings = byRule(audit([request(YANDEX), request(GOOGLE_ADS)], policy([])), 'undeclared_cross_border');
    expect(findings).toHaveLength(2);
    expect(findings.every((f) => f.severity === 'high' && f.status === 'undeclared' && f.category === 'cross_border_transfer')).toBe(true);
    const messages = findings.map((f) => f.message.en).join('\n');
    expect(messages).toContain('Yandex LLC (Russia)');
    expect(messages).toContain('Google LLC (United States)');
  });

  it('does not fire for a Kazakh operator or an operator of unknown country', () => {
    const findings = audit([request(KAZ_CDN), request(party('kz-tracker.kz', 'Somebody', 'kz')), request(UNKNOWN_HOST)], policy([]));
    expect(byRule(findings, 'undeclared_cross_border')).toEqual([]);
  });

  it('attaches the sharing quote and says cross-border is missing when only sharing is declared', () => {
    const parsed = policy([declaration('third_party_sharing', 'declared', 'третьим лицам', '6.1')]);
    const finding = single(audit([request(YANDEX)], parsed), 'undeclared_cross_border');
    expect(finding).toMatchObject({ status: 'undeclared', policySilent: false, policyQuotes: [{ quote: 'третьим лицам', section: '6.1' }] });
    expect(finding.message.en).toContain('but not cross-border transfer');
  });

  it('is consistent when cross-border transfer is declared', () => {
    const parsed = policy([declaration('cross_border_transfer', 'declared', 'трансграничная передача', '6.3')]);
    expect(single(audit([request(YANDEX)], parsed), 'undeclared_cross_border').status).toBe('consistent');
  });
});
