/** A realistic report built through the real pipeline: observations → findings → buildReport. */
import { evaluateFindings } from '../../../src/audit';
import { buildReport, type ReportInput } from '../../../src/report/build-report';
import type { Report } from '../../../src/schema/report';
import { GOOGLE_ADS, PAGE_URL, YANDEX, consentCheckbox, declaration, formField, insecureTransport, observation, policy, request, valueLeak } from '../audit/factories';

export const POLICY_SHA = '342751e6c24e341aff32ced97801692adc5c5573e6b09c59b8235959bcc0fc31';

export function sampleInput(): ReportInput {
  const observations = [
    formField('national_id', 'ИИН', 'o-iin'),
    formField('phone', 'Телефон', 'o-phone'),
    request(YANDEX, 'usage_data', 'o-ym'),
    request(GOOGLE_ADS, 'tracking_technologies', 'o-gads'),
    valueLeak('phone', YANDEX, 'sha256'),
    consentCheckbox(true),
    insecureTransport('form_action', 'http://1kredit.kz/send'),
    observation({ kind: 'cookie', category: 'cookies', id: 'o-cookie', name: '_ym_uid', domain: '.1kredit.kz', path: '/', httpOnly: false, secure: true, sameSite: 'lax', session: false, via: 'document.cookie', firstParty: true }),
  ];
  const parsed = {
    ...policy([
      declaration('phone', 'declared', 'номер телефона', '2.1'),
      declaration('personal_data_generic', 'declared', 'иные данные, указанные Пользователем в анкете', '2.1'),
      declaration('camera', 'conditional', 'изображение с камеры устройства с согласия Пользователя', '2.4', 'с согласия Пользователя'),
      declaration('secure_transmission', 'declared', 'Все данные, предоставляемые Пользователем, передаются по зашифрованному каналу HTTPS', '9.3'),
      declaration('third_party_sharing', 'conditional', 'передавать персональные данные третьим лицам с согласия Пользователя', '6.1', 'с согласия Пользователя'),
    ]),
    sha256: POLICY_SHA,
    origin: 'bundled' as const,
  };
  return {
    site: {
      url: PAGE_URL, host: '1kredit.kz', auditedAt: '2025-05-01T10:00:00.000Z',
      tool: { name: 'lender-privacy-auditor', version: '0.1.0' }, browser: 'Chromium 131',
    },
    policy: parsed,
    observations,
    findings: evaluateFindings({ observations, policy: parsed, pageUrl: PAGE_URL }),
  };
}

export function sampleReport(): Promise<Report> {
  return buildReport(sampleInput());
}
