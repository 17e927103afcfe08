/** A short, human-readable trace of what was seen, so a message stands on its own. */
import type { Observation } from '../../schema/observation';
import { clip, distinct, listSome, quoted, type Lang } from './text';

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

function traceOf(observation: Observation): string {
  const { detail } = observation;
  switch (detail.kind) {
    case 'form_field': return detail.label || detail.name || detail.selector;
    case 'device_request': return detail.api;
    case 'cookie': return detail.name;
    case 'request': return hostOf(detail.url);
    case 'form': return detail.action;
    case 'consent_checkbox': return detail.label;
    case 'storage_write': return detail.key;
    case 'fingerprint': return detail.technique;
    case 'session_recorder': return detail.vendor;
    case 'value_leak': return detail.fieldLabel;
    case 'insecure_transport': return detail.url;
    case 'api_read': return detail.api;
  }
}

/** «ИИН», «iin» … — the distinct traces of the observations, quoted and clipped. */
export function evidenceList(observations: readonly Observation[], lang: Lang): string {
  const traces = distinct(observations.map(traceOf).map((t) => clip(t)).filter((t) => t !== ''));
  return listSome(traces.map((t) => quoted(t, lang)), lang);
}
