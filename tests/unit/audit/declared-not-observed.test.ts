import { describe, expect, it } from 'vitest';
import { GOOGLE_ADS, YANDEX, audit, byRule, declaration, deviceRequest, formField, policy, request, single } from './factories';

describe('declared_not_observed', () => {
  it('reports a declared observable category that the visit did not show, as info with its quote', () => {
    const finding = single(audit([], policy([declaration('camera', 'declared', 'изображения с камеры', '2.4')])), 'declared_not_observed');
    expect(finding).toMatchObject({ category: 'camera', severity: 'info', status: 'not_observed', observationIds: [], policyQuotes: [{ quote: 'изображения с камеры', section: '2.4' }] });
  });

  it('does not report a declared category that was observed', () => {
    const findings = audit([deviceRequest('camera', 'mediaDevices.getUserMedia', true)], policy([declaration('camera', 'declared')]));
    expect(byRule(findings, 'declared_not_observed')).toEqual([]);
  });

  it('never reports retention, HTTPS, IP address or access logs', () => {
    const parsed = policy((['retention', 'secure_transmission', 'ip_address', 'access_logs'] as const).map((c) => declaration(c, 'declared')));
    expect(byRule(audit([], parsed), 'declared_not_observed')).toEqual([]);
  });

  it('does not report categories covered only by the catch-all, nor denied ones', () => {
    const parsed = policy([declaration('personal_data_generic', 'declared'), declaration('microphone', 'negated')]);
    expect(byRule(audit([], parsed), 'declared_not_observed')).toEqual([]);
  });

  it('judges observable practices by the third parties seen', () => {
    const parsed = policy([
      declaration('purpose_advertising', 'declared'), declaration('purpose_analytics', 'declared'),
      declaration('third_party_sharing', 'declared'), declaration('cross_border_transfer', 'declared'),
    ]);
    const none = byRule(audit([formField('phone', 'Телефон')], parsed), 'declared_not_observed').map((f) => f.category);
    expect(none).toEqual(['purpose_advertising', 'purpose_analytics', 'third_party_sharing', 'cross_border_transfer']);
    const seen = byRule(audit([request(GOOGLE_ADS), request(YANDEX)], parsed), 'declared_not_observed');
    expect(seen).toEqual([]);
  });
});
