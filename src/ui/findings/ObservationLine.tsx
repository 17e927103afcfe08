/** One observation as evidence: when, where (frame), what (URL or field), and who received it. */
import type { Observation } from '../../schema/observation';
import type { UiLanguage } from '../i18n/language';
import { t } from '../i18n/strings';

export function observationSubject(o: Observation): string {
  const d = o.detail;
  switch (d.kind) {
    case 'request': return `${d.method} ${d.url}`;
    case 'cookie': return `${d.name} @ ${d.domain}`;
    case 'form_field': return `«${d.label || d.name}» ${d.selector}`;
    case 'device_request': return `${d.api}${d.constraints ? ` (${d.constraints})` : ''}${d.count > 1 ? ` ×${d.count}` : ''}`;
    case 'value_leak': return `«${d.fieldLabel}» → ${d.url} (${d.encoding}, ${d.where})`;
    case 'form': return `${d.method.toUpperCase()} ${d.action}`;
    case 'consent_checkbox': return `«${d.label}»${d.prechecked ? ' ☑' : ''}`;
    case 'storage_write': return `${d.area}.${d.key}`;
    case 'fingerprint': return `${d.technique}: ${d.evidence}`;
    case 'session_recorder': return `${d.vendor} ${d.url}`;
    case 'insecure_transport': return `${d.what}: ${d.url}`;
    case 'api_read': return `${d.api} ×${d.count}`;
  }
}

export function ObservationLine({ observation: o, lang }: { observation: Observation; lang: UiLanguage }) {
  const party = o.thirdParty;
  return (
    <li class="observation">
      <code class="subject">{observationSubject(o)}</code>
      <div class="meta">
        <time dateTime={o.at}>{o.at.slice(11, 19)}</time> · {o.frameUrl === o.pageUrl ? o.pageUrl : `${t(lang, 'frame')}: ${o.frameUrl}`}
        {party ? ` · ${party.domain} — ${party.organization ?? t(lang, 'unknownOperator')}${party.country ? ` (${party.country})` : ''}` : ''}
      </div>
    </li>
  );
}
