/**
 * Runs inside the audited page (bundled by scan-script.ts): lists the visible fields with the very
 * features the extension's classifier reads, and the visible buttons with what decides whether they
 * may be pressed. Nothing is written to the page: no globals, no attributes.
 */
import { extractFieldFeatures, FIELD_SELECTOR, type FieldFeatures } from '../../../observe/fields';

export interface ScannedField { el: Element; features: FieldFeatures; empty: boolean; required: boolean }
export interface ScannedButton { el: Element; tag: string; text: string; type: string; href: string; inForm: boolean; context: string }

const ELEMENT_LIMIT = 5000;
const TEXT_LIMIT = 160;
const BUTTON_SELECTOR = 'button, input[type=button], input[type=submit], input[type=image], a[href], [role=button]';
/** Chat widgets show what is typed to an operator as it is typed, so their inputs are never touched. */
const CHAT_WIDGET = /jivo|chat|livechat|talk-?me|carrot|intercom|tawk|crisp|b24-widget|bx-livechat/i;

/** The document and every open shadow root inside it, where fields and buttons may live. */
function searchRoots(doc: Document): Array<Document | ShadowRoot> {
  const roots: Array<Document | ShadowRoot> = [doc];
  for (let i = 0; i < roots.length; i += 1) {
    const all = roots[i]?.querySelectorAll('*') ?? [];
    for (let j = 0; j < all.length && j < ELEMENT_LIMIT; j += 1) {
      const shadow = all[j]?.shadowRoot;
      if (shadow) roots.push(shadow);
    }
  }
  return roots;
}

function isVisible(el: Element): boolean {
  const rect = el.getBoundingClientRect();
  if (rect.width < 2 || rect.height < 2) return false;
  return typeof el.checkVisibility !== 'function' || el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
}

function isEditable(el: Element): boolean {
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) return !el.disabled && !el.readOnly;
  if (el instanceof HTMLSelectElement) return !el.disabled;
  return el.getAttribute('aria-disabled') !== 'true' && el.getAttribute('aria-readonly') !== 'true';
}

function inChatWidget(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (CHAT_WIDGET.test(`${node.id} ${typeof node.className === 'string' ? node.className : ''}`)) return true;
  }
  return false;
}

function isEmpty(el: Element): boolean {
  if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) return !el.checked;
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return el.value === '';
  return (el.textContent ?? '').trim() === '';
}

function isRequired(el: Element): boolean {
  return el.hasAttribute('required') || el.getAttribute('aria-required') === 'true';
}

export function scanFields(): ScannedField[] {
  return searchRoots(document).flatMap((root) => Array.from(root.querySelectorAll(FIELD_SELECTOR)))
    .filter((el) => isVisible(el) && isEditable(el) && !inChatWidget(el))
    .map((el) => ({ el, features: extractFieldFeatures(el), empty: isEmpty(el), required: isRequired(el) }));
}

function clip(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, TEXT_LIMIT);
}

function labelOf(el: Element): string {
  if (el instanceof HTMLInputElement) return el.value || el.getAttribute('aria-label') || el.title;
  const text = el instanceof HTMLElement ? el.innerText : el.textContent ?? '';
  return text.trim() || el.getAttribute('aria-label') || el.getAttribute('title') || '';
}

/** A <button> without a type submits its form: `.type` already says 'submit' for it. */
function typeOf(el: Element): string {
  if (el instanceof HTMLButtonElement || el instanceof HTMLInputElement) return el.type;
  return el.getAttribute('type') ?? '';
}

/** The nearest enclosing block's ids, classes and opening text: enough to tell a cookie notice. */
function contextOf(el: Element): string {
  const parts: string[] = [];
  let node: Element | null = el.parentElement;
  for (let depth = 0; node && depth < 3; depth += 1, node = node.parentElement) {
    parts.push(node.id, typeof node.className === 'string' ? node.className : '');
  }
  return clip(`${parts.join(' ')} ${el.parentElement?.textContent ?? ''}`);
}

export function scanButtons(): ScannedButton[] {
  return searchRoots(document).flatMap((root) => Array.from(root.querySelectorAll(BUTTON_SELECTOR)))
    .filter((el) => isVisible(el) && isEditable(el) && !inChatWidget(el))
    .map((el) => ({
      el, tag: el.localName, text: clip(labelOf(el)), type: typeOf(el),
      href: el instanceof HTMLAnchorElement ? el.href : '',
      inForm: el.closest('form') !== null || (el instanceof HTMLButtonElement && el.form !== null), context: contextOf(el),
    }));
}
