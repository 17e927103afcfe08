/** Where a field's form sends it: the form's action resolved to an absolute URL, and its method. */
import { formAttribute, isInputElement, isSelectElement, isTextAreaElement } from './dom-guards';
import { URL_LIMIT, type FieldForm } from './features';

const FORM_METHODS = new Set(['get', 'post', 'dialog']);

function owningForm(el: Element): Element | null {
  // Native controls know their form even when it is linked by the form= attribute.
  if (isInputElement(el) || isSelectElement(el) || isTextAreaElement(el)) return el.form;
  return el.closest('form');
}

export function fieldForm(el: Element): FieldForm | null {
  const form = owningForm(el);
  if (form === null) return null;
  const rawAction = (formAttribute(form, 'action') ?? '').slice(0, URL_LIMIT * 4).trim();
  const rawMethod = (formAttribute(form, 'method') ?? '').slice(0, 10).trim().toLowerCase();
  return { action: resolveAction(rawAction, el.baseURI), method: FORM_METHODS.has(rawMethod) ? rawMethod : 'get' };
}

/** An empty action submits to the page itself, as browsers do. */
function resolveAction(action: string, base: string): string {
  try {
    return new URL(action, base).href.slice(0, URL_LIMIT);
  } catch {
    return '';
  }
}
