import { describe, expect, it } from 'vitest';
import { audit, byRule, consentCheckbox, declaration, deviceRequest, insecureTransport, observation, policy, single } from './factories';

const HTTPS_PROMISE = declaration('secure_transmission', 'declared', 'передаются по зашифрованному каналу HTTPS', '9.3');

describe('insecure_transmission', () => {
  it('fires high and contradicted when HTTPS is promised and a form posts to http', () => {
    const form = observation({ kind: 'form', category: 'secure_transmission', action: 'http://1kredit.kz/send', method: 'POST', insecure: true, thirdPartyAction: false, fieldCount: 5 });
    const page = insecureTransport('subresource', 'http://1kredit.kz/logo.png');
    const finding = single(audit([form, page], policy([HTTPS_PROMISE])), 'insecure_transmission');
    expect(finding).toMatchObject({ severity: 'high', status: 'contradicted', observationIds: [form.id, page.id] });
    expect(finding.policyQuotes).toEqual([{ quote: 'передаются по зашифрованному каналу HTTPS', section: '9.3' }]);
    expect(finding.message.ru).toContain('http://1kredit.kz/send');
  });

  it('does not fire when the policy makes no HTTPS promise', () => {
    expect(byRule(audit([insecureTransport('page', 'http://1kredit.kz/')], policy([])), 'insecure_transmission')).toEqual([]);
  });

  it('does not fire for a form that posts over https', () => {
    const form = observation({ kind: 'form', category: 'secure_transmission', action: 'https://1kredit.kz/send', method: 'POST', insecure: false, thirdPartyAction: false, fieldCount: 5 });
    expect(byRule(audit([form], policy([HTTPS_PROMISE])), 'insecure_transmission')).toEqual([]);
  });
});

describe('permission_without_gesture', () => {
  const GEO_BY_CHOICE = declaration('geolocation', 'conditional', 'с согласия Пользователя — геолокация', '2.7', 'с согласия Пользователя');

  it('fires medium when location is requested on load while the policy frames it as a choice', () => {
    const request = deviceRequest('geolocation', 'geolocation.getCurrentPosition', false);
    const finding = single(audit([request], policy([GEO_BY_CHOICE])), 'permission_without_gesture');
    expect(finding).toMatchObject({ severity: 'medium', status: 'contradicted', category: 'geolocation', observationIds: [request.id] });
    expect(finding.message.ru).toContain('с согласия Пользователя');
  });

  it('does not fire for a gesture-initiated request', () => {
    const findings = audit([deviceRequest('geolocation', 'geolocation.getCurrentPosition', true)], policy([GEO_BY_CHOICE]));
    expect(byRule(findings, 'permission_without_gesture')).toEqual([]);
  });

  it('does not fire for calls that raise no prompt', () => {
    const findings = audit([deviceRequest('camera', 'mediaDevices.enumerateDevices', false)], policy([declaration('camera', 'declared')]));
    expect(byRule(findings, 'permission_without_gesture')).toEqual([]);
  });

  it('leaves a policy silent on the category to undeclared_collection', () => {
    const findings = audit([deviceRequest('camera', 'mediaDevices.getUserMedia', false)], policy([]));
    expect(byRule(findings, 'permission_without_gesture')).toEqual([]);
    expect(single(findings, 'undeclared_collection')).toMatchObject({ category: 'camera', severity: 'high' });
  });
});

describe('prechecked_consent', () => {
  it('fires medium for a consent box ticked before the user touched it', () => {
    const box = consentCheckbox(true, 'Согласие на обработку персональных данных');
    const finding = single(audit([box], policy([])), 'prechecked_consent');
    expect(finding).toMatchObject({ severity: 'medium', observationIds: [box.id] });
    expect(finding.message.ru).toContain('Согласие на обработку персональных данных');
  });

  it('does not fire for a box the user checked', () => {
    expect(byRule(audit([consentCheckbox(false)], policy([])), 'prechecked_consent')).toEqual([]);
  });
});
