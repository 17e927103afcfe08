import { describe, expect, it } from 'vitest';
import { audit, byRule, declaration, formField, observation, policy, single } from './factories';

describe('undeclared_collection', () => {
  it('fires on an observed category the policy never mentions, at its sensitivity', () => {
    const iin = formField('national_id', 'ИИН');
    const finding = single(audit([iin], policy([declaration('phone', 'declared')])), 'undeclared_collection');
    expect(finding).toMatchObject({
      category: 'national_id', severity: 'high', status: 'undeclared', observationIds: [iin.id], policyQuotes: [], policySilent: true,
    });
    expect(finding.message.ru).toContain('ИИН/БИН');
    expect(finding.message.kk).toContain('ЖСН/БСН');
    expect(finding.message.en).toContain('National ID (IIN/BIN)');
  });

  it('uses medium for a medium category and collapses all its observations into one finding', () => {
    const a = formField('phone', 'Телефон');
    const b = formField('phone', 'Телефон доверенного лица');
    const finding = single(audit([a, b], policy([])), 'undeclared_collection');
    expect(finding.severity).toBe('medium');
    expect(finding.observationIds).toEqual([a.id, b.id]);
  });

  it('is always high and contradicted when the policy denies the category', () => {
    const finding = single(audit([formField('email', 'E-mail')], policy([declaration('email', 'negated', 'мы не собираем e-mail', '3.2')])), 'undeclared_collection');
    expect(finding).toMatchObject({ severity: 'high', status: 'contradicted', policySilent: false });
    expect(finding.policyQuotes).toEqual([{ quote: 'мы не собираем e-mail', section: '3.2' }]);
    expect(finding.message.ru).toContain('п. 3.2');
    expect(finding.message.kk).toContain('3.2-тармақ');
  });

  it('ignores kinds that are not collection evidence (a consent box, an http form)', () => {
    const findings = audit([
      observation({ kind: 'form', category: 'name', action: 'https://1kredit.kz/send', method: 'POST', insecure: false, thirdPartyAction: false, fieldCount: 3 }),
      observation({ kind: 'device_request', category: 'geolocation', api: 'permissions.query', userGesture: false, count: 1 }),
    ], policy([]));
    expect(byRule(findings, 'undeclared_collection')).toEqual([]);
  });
});

describe('vague_declaration', () => {
  it('fires one step below sensitivity when only personal_data_generic covers a typed category', () => {
    const selfie = observation({ kind: 'form_field', category: 'face_image', label: 'Селфи', name: 'selfie', inputType: 'file', autocomplete: '', evidence: [], selector: '#s', confidence: 'high' });
    const finding = single(audit([selfie], policy([declaration('personal_data_generic', 'declared', 'данные анкеты', '2.1')])), 'vague_declaration');
    expect(finding).toMatchObject({ category: 'face_image', severity: 'medium', status: 'vague', policyQuotes: [{ quote: 'данные анкеты', section: '2.1' }] });
  });

  it('fires on a generic statement of the category itself (medium → low)', () => {
    const pixel = observation({ kind: 'storage_write', category: 'tracking_technologies', area: 'localStorage', key: '_ym_uid', valueSample: '123', identifierLike: true, count: 1 });
    const finding = single(audit([pixel], policy([declaration('tracking_technologies', 'generic', 'и иные технологии')])), 'vague_declaration');
    expect(finding.severity).toBe('low');
  });

  it('steps low sensitivity down to info', () => {
    const gender = formField('gender', 'Пол');
    expect(single(audit([gender], policy([declaration('personal_data_generic', 'declared')])), 'vague_declaration').severity).toBe('info');
  });

  it('does not fire when the category is named explicitly next to the catch-all', () => {
    const findings = audit([formField('national_id', 'ИИН')], policy([declaration('personal_data_generic', 'declared'), declaration('national_id', 'declared')]));
    expect(byRule(findings, 'vague_declaration')).toEqual([]);
  });
});

describe('consistent categories', () => {
  it('lists an observed and declared category as consistent info with its quote', () => {
    const finding = single(audit([formField('phone', 'Телефон')], policy([declaration('phone', 'declared', 'номер телефона', '2.2')])), 'undeclared_collection');
    expect(finding).toMatchObject({ status: 'consistent', severity: 'info', policyQuotes: [{ quote: 'номер телефона', section: '2.2' }] });
  });

  it('reports the condition of a conditional declaration', () => {
    const finding = single(audit([formField('phone', 'Телефон')], policy([declaration('phone', 'conditional', 'с согласия', '2.2', 'с согласия Пользователя')])), 'undeclared_collection');
    expect(finding.status).toBe('consistent');
    expect(finding.message.ru).toContain('с согласия Пользователя');
  });

  it('raises a policy that both lists and denies the category to low and quotes both', () => {
    const parsed = policy([declaration('phone', 'declared', 'номер телефона', '2.2'), declaration('phone', 'negated', 'не собираем телефоны', '7.1')]);
    const finding = single(audit([formField('phone', 'Телефон')], parsed), 'undeclared_collection');
    expect(finding).toMatchObject({ status: 'consistent', severity: 'low' });
    expect(finding.policyQuotes.map((q) => q.section)).toEqual(['2.2', '7.1']);
    expect(finding.message.en).toContain('contradictory');
  });
});
