/**
 * Element recognition by node type, namespace and local name rather than `instanceof`: fields may
 * come from another realm (iframes, the page world seen from the extension's isolated world), where
 * `instanceof HTMLInputElement` is false for a perfectly good input.
 */

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_NODE = 9;
const DOCUMENT_FRAGMENT_NODE = 11;

/** ARIA roles of custom widgets that collect a value the way a native field does. */
const FIELD_ROLES = new Set(['textbox', 'combobox', 'searchbox', 'spinbutton', 'slider', 'checkbox', 'radio', 'switch']);

/** For observers: every element `extractFieldFeatures` understands. */
export const FIELD_SELECTOR = [
  'input', 'select', 'textarea', ...[...FIELD_ROLES].map((role) => `[role="${role}"]`),
].join(',');

export function isElementNode(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}

export function isTextNode(node: Node): node is Text {
  return node.nodeType === TEXT_NODE;
}

function isHtmlElement(el: Element, localName: string): boolean {
  return el.localName === localName && el.namespaceURI === HTML_NAMESPACE;
}

export function isInputElement(el: Element): el is HTMLInputElement {
  return isHtmlElement(el, 'input');
}

export function isSelectElement(el: Element): el is HTMLSelectElement {
  return isHtmlElement(el, 'select');
}

export function isTextAreaElement(el: Element): el is HTMLTextAreaElement {
  return isHtmlElement(el, 'textarea');
}

export function isLabelElement(el: Element): el is HTMLLabelElement {
  return isHtmlElement(el, 'label');
}

/** First token of the role attribute, lower-cased ('' when none). */
export function roleOf(el: Element): string {
  return (el.getAttribute('role') ?? '').trim().split(/\s+/, 1)[0]?.toLowerCase().slice(0, 40) ?? '';
}

export function isCustomFieldRole(role: string): boolean {
  return FIELD_ROLES.has(role);
}

/** A field element: native input/select/textarea, or an element with a field role. */
export function isFieldElement(el: Element): boolean {
  return isInputElement(el) || isSelectElement(el) || isTextAreaElement(el) || isCustomFieldRole(roleOf(el));
}

/** The tree an element lives in (document or shadow root), where its ids and label[for] resolve. */
export type SearchRoot = Document | DocumentFragment;

export function searchRootOf(el: Element): SearchRoot | null {
  const root = el.getRootNode();
  return isSearchRoot(root) ? root : null;
}

function isSearchRoot(node: Node): node is SearchRoot {
  return node.nodeType === DOCUMENT_NODE || node.nodeType === DOCUMENT_FRAGMENT_NODE;
}

/**
 * Reads an attribute through Element.prototype: a <form> exposes its controls as properties, so
 * `<input name="getAttribute">` or `<input name="action">` would shadow the form's own members.
 */
export function formAttribute(form: Element, name: string): string | null {
  const getAttribute = typeof Element === 'undefined' ? form.getAttribute : Element.prototype.getAttribute;
  return getAttribute.call(form, name);
}
