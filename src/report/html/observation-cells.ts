/** What each observation row shows: when, what, where, and who received it. */
import type { Observation } from '../../schema/observation';
import { escapeHtml } from './escape';

/** «2025-05-01 10:00:03» from the ISO timestamp, without locale or time-zone dependence. */
export function formatUtc(iso: string): string {
  return iso.replace('T', ' ').replace(/(\.\d+)?Z$/, '');
}

/** Escaped, with break opportunities after underscores so identifiers wrap inside narrow columns. */
function breakable(text: string): string {
  return escapeHtml(text).replace(/_/g, '_<wbr>');
}

/** The URL or the detail that identifies the observation, as plain text. */
export function observationSubject(observation: Observation): string {
  const { detail } = observation;
  switch (detail.kind) {
    case 'request': return `${detail.method} ${detail.url}${detail.count > 1 ? ` ×${detail.count}` : ''}`;
    case 'form_field': return `${detail.label || detail.name} [${detail.inputType}${detail.autocomplete ? `, ${detail.autocomplete}` : ''}] ${detail.selector}`;
    case 'form': return `${detail.method} ${detail.action}`;
    case 'device_request': return `${detail.api}${detail.userGesture ? ' (gesture)' : ' (no gesture)'}${detail.constraints ? ` ${detail.constraints}` : ''}`;
    case 'cookie': return `${detail.name} @ ${detail.domain}${detail.path} (${detail.via})`;
    case 'consent_checkbox': return `${detail.prechecked ? '☑' : '☐'} ${detail.label}`;
    case 'storage_write': return `${detail.area}: ${detail.key}${detail.identifierLike ? ' (identifier)' : ''}`;
    case 'fingerprint': return `${detail.technique}: ${detail.evidence}`;
    case 'session_recorder': return `${detail.vendor}: ${detail.url}`;
    case 'value_leak': return `${detail.fieldLabel} → ${detail.url} (${detail.encoding}, ${detail.where})`;
    case 'insecure_transport': return `${detail.what}: ${detail.url}`;
    case 'api_read': return `${detail.api}${detail.count > 1 ? ` ×${detail.count}` : ''}`;
  }
}

/** One table row; every cell is escaped because every value can come from the audited site. */
export function observationRow(observation: Observation, categoryLabel: string | null): string {
  const party = observation.thirdParty;
  const [date = '', time = ''] = formatUtc(observation.at).split(' ');
  const cells = [
    `<td>${escapeHtml(date)}<br>${escapeHtml(time)}</td>`,
    ...(categoryLabel === null ? [] : [`<td>${escapeHtml(categoryLabel)}</td>`]),
    `<td>${breakable(observation.kind)}</td>`,
    `<td class="url">${escapeHtml(observation.frameUrl)}</td>`,
    `<td class="url">${escapeHtml(observationSubject(observation))}${party ? `<br><b>${escapeHtml(party.domain)}</b>` : ''}</td>`,
    `<td>${escapeHtml(party?.organization ?? (party ? '?' : '—'))}</td>`,
    `<td>${escapeHtml(party?.country ?? (party ? '?' : '—'))}</td>`,
  ];
  return `<tr>${cells.join('')}</tr>`;
}
