/**
 * Typed builders for audit inputs. Everything goes through the zod schemas, so a schema change that
 * the audit code has not followed breaks these tests instead of passing silently.
 */
import type { CategoryId } from '../../../src/categories';
import { Observation, type ThirdParty } from '../../../src/schema/observation';
import { ParsedPolicy, type Declaration, type DeclarationStatus } from '../../../src/schema/policy';
import { evaluateFindings } from '../../../src/audit';
import type { Finding, RuleId } from '../../../src/schema/report';

export const PAGE_URL = 'https://1kredit.kz/apply';
const AT = '2025-05-01T10:00:00.000Z';

let sequence = 0;
function nextId(): string {
  sequence += 1;
  return `obs-${sequence}`;
}

type ObservationInput = Observation['detail'] & { category: CategoryId; thirdParty?: ThirdParty | null; id?: string };

export function observation(input: ObservationInput): Observation {
  const { category, thirdParty = null, id = nextId(), ...detail } = input;
  return Observation.parse({
    id, category, kind: detail.kind, at: AT, pageUrl: PAGE_URL, frameUrl: PAGE_URL, thirdParty, detail,
  });
}

export function formField(category: CategoryId, label: string, id?: string): Observation {
  return observation({
    kind: 'form_field', category, id, label, name: label.toLowerCase(), inputType: 'text', autocomplete: '',
    evidence: [`label: ${label}`], selector: `#${category}`, confidence: 'high',
  });
}

export function party(domain: string, organization: string | null, country: string | null, trackerCategory: string | null = null): ThirdParty {
  return { domain, organization, country, trackerCategory };
}

export function request(thirdParty: ThirdParty | null, category: CategoryId = 'ip_address', id?: string): Observation {
  const host = thirdParty?.domain ?? '1kredit.kz';
  return observation({
    kind: 'request', category, thirdParty, id, url: `https://${host}/collect`, method: 'GET', resourceType: 'script',
    initiator: PAGE_URL, pixel: false, carriesPageUrl: true, count: 1,
  });
}

export function deviceRequest(category: CategoryId, api: Extract<Observation['detail'], { kind: 'device_request' }>['api'], userGesture: boolean): Observation {
  return observation({ kind: 'device_request', category, api, userGesture, count: 1 });
}

export function valueLeak(fieldCategory: CategoryId, thirdParty: ThirdParty | null, encoding: 'plain' | 'sha256' | 'base64' = 'plain'): Observation {
  return observation({
    kind: 'value_leak', category: 'session_recording', thirdParty, fieldCategory, fieldLabel: 'Телефон', encoding,
    url: `https://${thirdParty?.domain ?? '1kredit.kz'}/watch`, where: 'body',
  });
}

export function consentCheckbox(prechecked: boolean, label = 'Я согласен на сбор и обработку персональных данных'): Observation {
  return observation({ kind: 'consent_checkbox', category: 'personal_data_generic', label, prechecked, selector: '#agree' });
}

export function insecureTransport(what: 'page' | 'form_action' | 'subresource', url: string): Observation {
  return observation({ kind: 'insecure_transport', category: 'secure_transmission', url, what });
}

export function declaration(category: CategoryId, status: DeclarationStatus, quote = `statement on ${category} (${status})`, section: string | null = '4.1', condition?: string): Declaration {
  return { category, status, quote, section, language: 'ru', ...(condition === undefined ? {} : { condition }) };
}

export function policy(declarations: Declaration[]): ParsedPolicy {
  return ParsedPolicy.parse({ source: 'https://1kredit.kz/privacy', sha256: 'a'.repeat(64), languages: ['ru'], sections: [], declarations });
}

export function audit(observations: Observation[], parsed: ParsedPolicy | null): Finding[] {
  return evaluateFindings({ observations, policy: parsed, pageUrl: PAGE_URL });
}

export function byRule(findings: readonly Finding[], rule: RuleId): Finding[] {
  return findings.filter((f) => f.rule === rule);
}

/** The single finding of a rule, failing the test when there is none or several. */
export function single(findings: readonly Finding[], rule: RuleId): Finding {
  const [only, ...rest] = byRule(findings, rule);
  if (!only || rest.length > 0) throw new Error(`expected one ${rule} finding in ${JSON.stringify(findings.map((f) => f.id))}`);
  return only;
}

export const YANDEX = party('mc.yandex.ru', 'Yandex LLC', 'RU', 'site_analytics');
export const GOOGLE_ADS = party('googleadservices.com', 'Google LLC', 'US', 'advertising');
export const KAZ_CDN = party('cdn.kazteleport.kz', 'Kazteleport', 'KZ', 'cdn');
export const UNKNOWN_HOST = party('widgets.example-chat.io', null, null, null);
