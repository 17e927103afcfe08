import { describe, expect, it } from 'vitest';
import { GOOGLE_ADS, KAZ_CDN, YANDEX, audit, byRule, declaration, observation, party, policy, request, single } from './factories';

describe('undeclared_advertising', () => {
  it('fires high for an advertising tracker when advertising is not declared, naming the operator', () => {
    const ads = request(GOOGLE_ADS);
    const finding = single(audit([ads, request(YANDEX)], policy([])), 'undeclared_advertising');
    expect(finding).toMatchObject({ severity: 'high', status: 'undeclared', category: 'purpose_advertising', observationIds: [ads.id] });
    expect(finding.message.ru).toContain('Google LLC');
  });

  it('does not fire when advertising is declared', () => {
    const finding = single(audit([request(GOOGLE_ADS)], policy([declaration('purpose_advertising', 'declared')])), 'undeclared_advertising');
    expect(finding.status).toBe('consistent');
  });

  it('does not fire without an advertising tracker', () => {
    expect(byRule(audit([request(KAZ_CDN), request(YANDEX)], policy([])), 'undeclared_advertising')).toEqual([]);
  });
});

describe('undeclared_analytics', () => {
  it('fires medium for an analytics tracker when neither analytics nor usage data is declared', () => {
    const finding = single(audit([request(YANDEX)], policy([])), 'undeclared_analytics');
    expect(finding).toMatchObject({ severity: 'medium', status: 'undeclared', category: 'purpose_analytics' });
  });

  it('is suppressed by a usage_data declaration', () => {
    const finding = single(audit([request(YANDEX)], policy([declaration('usage_data', 'declared', 'данные об использовании', '2.5')])), 'undeclared_analytics');
    expect(finding).toMatchObject({ status: 'consistent', severity: 'info', policyQuotes: [{ quote: 'данные об использовании', section: '2.5' }] });
  });

  it('is suppressed by a purpose_analytics declaration', () => {
    expect(single(audit([request(YANDEX)], policy([declaration('purpose_analytics', 'declared')])), 'undeclared_analytics').status).toBe('consistent');
  });

  it('follows rules.md when analytics is denied but usage data is declared: not undeclared', () => {
    const parsed = policy([declaration('purpose_analytics', 'negated'), declaration('usage_data', 'declared')]);
    expect(single(audit([request(YANDEX)], parsed), 'undeclared_analytics').status).toBe('consistent');
  });

  it('is high and contradicted when analytics is denied', () => {
    const finding = single(audit([request(YANDEX)], policy([declaration('purpose_analytics', 'negated')])), 'undeclared_analytics');
    expect(finding).toMatchObject({ severity: 'high', status: 'contradicted' });
  });

  it('counts a third-party session recorder as analytics even without a tracker category', () => {
    const recorder = observation({
      kind: 'session_recorder', category: 'session_recording', thirdParty: party('hotjar.com', 'Hotjar', null, null),
      vendor: 'Hotjar', url: 'https://static.hotjar.com/c/hotjar.js', how: 'script',
    });
    expect(single(audit([recorder], policy([])), 'undeclared_analytics').observationIds).toEqual([recorder.id]);
  });

  it('does not fire for a non-analytics third party', () => {
    expect(byRule(audit([request(KAZ_CDN)], policy([])), 'undeclared_analytics')).toEqual([]);
  });
});
