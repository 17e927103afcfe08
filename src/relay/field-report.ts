/** What the relay says about one field element: a classified field, a consent box, and its form. */
import { classifyField, extractFieldFeatures, isConsentCheckbox, isPrechecked, type FieldFeatures } from '../observe/fields';
import type { DomEvent } from '../schema/dom-events';
import { cssPath } from './css-path';

export interface FieldReport { events: DomEvent[]; classified: Extract<DomEvent, { type: 'field' }> | null }

function labelOf(features: FieldFeatures): string {
  return (features.texts[0]?.text ?? features.name ?? '').slice(0, 200);
}

export function reportField(el: Element): FieldReport {
  const features = extractFieldFeatures(el);
  const selector = cssPath(el);
  const events: DomEvent[] = [];
  if (features.form?.action) {
    events.push({ type: 'form', action: features.form.action.slice(0, 2048), method: features.form.method.slice(0, 16), fieldCount: 1 });
  }
  if (isConsentCheckbox(features)) {
    // A box first seen ticked was ticked by the site: the person has not touched a field that just appeared.
    events.push({ type: 'consent', label: labelOf(features).slice(0, 300),
      prechecked: isPrechecked(features) || features.checked, selector });
    return { events, classified: null };
  }
  const classification = classifyField(features);
  if (!classification) return { events, classified: null };
  const field: Extract<DomEvent, { type: 'field' }> = {
    type: 'field', category: classification.category, label: labelOf(features), name: features.name.slice(0, 200),
    inputType: features.type.slice(0, 40), autocomplete: features.autocomplete.slice(0, 80),
    evidence: classification.evidence.slice(0, 12).map((e) => e.slice(0, 200)), selector,
    confidence: classification.confidence, formAction: features.form?.action.slice(0, 2048) ?? null,
  };
  events.push(field);
  // `capture` asks the browser to open the camera for the upload: the camera itself is collected.
  if (features.capture) events.push({ ...field, category: 'camera', evidence: [`capture=${features.capture}`, ...field.evidence.slice(0, 11)] });
  return { events, classified: field };
}
