/** Test helpers: build realistic markup, pick a field, extract and classify it. */
import { classifyField, extractFieldFeatures, type FieldClassification, type FieldFeatures } from '../../../src/observe/fields';

/** Replaces the document body with the markup; returns the element matching the selector. */
export function field(markup: string, selector = 'input, select, textarea, [role]'): Element {
  document.body.innerHTML = markup;
  const el = document.querySelector(selector);
  if (el === null) throw new Error(`no element matches ${selector}`);
  return el;
}

export function featuresOf(markup: string, selector?: string): FieldFeatures {
  return extractFieldFeatures(field(markup, selector));
}

export function classify(markup: string, selector?: string): FieldClassification | null {
  return classifyField(featuresOf(markup, selector));
}

/** The category only, for table-driven tests ('none' when the classifier says null). */
export function categoryOf(markup: string, selector?: string): string {
  return classify(markup, selector)?.category ?? 'none';
}

/** A field inside an open shadow root of a custom element, as component libraries render them. */
export function shadowField(shadowMarkup: string, selector = 'input, select, textarea, [role]'): Element {
  document.body.innerHTML = '<x-field></x-field>';
  const host = document.querySelector('x-field');
  if (host === null) throw new Error('no host');
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = shadowMarkup;
  const el = shadow.querySelector(selector);
  if (el === null) throw new Error(`no element matches ${selector} in shadow root`);
  return el;
}
