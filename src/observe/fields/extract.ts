/**
 * Reads a field element into FieldFeatures. Every string is bounded, because the page is an
 * adversary: it can put megabytes in a label or an attribute.
 */
import {
  isCustomFieldRole, isInputElement, isSelectElement, isTextAreaElement, roleOf, searchRootOf,
} from './dom-guards';
import { fieldChoices } from './field-options';
import { fieldForm } from './field-form';
import { TEXT_LIMIT, type FieldFeatures, type FieldTag, type FieldText, type TextSource } from './features';
import { foldText } from './fold';
import { labelForText, labelledByText, legendText, wrappingLabelText } from './label-sources';
import { nearbyText } from './nearby-text';
import { clipText, parseLengthAttribute } from './text-bounds';

/** Attributes input-mask libraries (Inputmask, jQuery Mask, Maska, IMask wrappers) read. */
const MASK_ATTRIBUTES = ['data-mask', 'data-inputmask', 'data-inputmask-mask', 'data-inputmask-alias', 'data-maska', 'data-imask', 'mask'];
const CHECKABLE_TYPES = new Set(['checkbox', 'radio']);
const CHECKABLE_ROLES = new Set(['checkbox', 'radio', 'switch']);

function attribute(el: Element, name: string): string {
  return clipText(el.getAttribute(name) ?? '');
}

function tagOf(el: Element): FieldTag {
  if (isInputElement(el)) return 'input';
  if (isSelectElement(el)) return 'select';
  if (isTextAreaElement(el)) return 'textarea';
  return 'custom';
}

function typeOf(el: Element, role: string): string {
  if (isInputElement(el) || isSelectElement(el) || isTextAreaElement(el)) return el.type.slice(0, 40);
  return isCustomFieldRole(role) ? role : '';
}

function maskOf(el: Element): string {
  for (const name of MASK_ATTRIBUTES) {
    const value = attribute(el, name);
    if (value !== '') return value;
  }
  return '';
}

/** capture without a value still asks for the camera; the browser picks which one. */
function captureOf(el: Element): string {
  const value = attribute(el, 'capture').toLowerCase();
  return value === '' && el.hasAttribute('capture') ? 'default' : value;
}

interface CheckState {
  readonly checked: boolean;
  readonly defaultChecked: boolean;
}

function checkStateOf(el: Element, role: string): CheckState {
  if (isInputElement(el) && CHECKABLE_TYPES.has(el.type)) {
    return { checked: el.checked, defaultChecked: el.defaultChecked };
  }
  if (CHECKABLE_ROLES.has(role)) {
    // A custom widget has no markup default; its aria-checked when we first see it is the closest thing.
    const checked = el.getAttribute('aria-checked') === 'true';
    return { checked, defaultChecked: checked };
  }
  return { checked: false, defaultChecked: false };
}

/** Adds a text unless empty or already present under a more specific source. */
function addText(texts: FieldText[], seen: Set<string>, source: TextSource, raw: string): void {
  const text = clipText(raw, TEXT_LIMIT);
  const key = foldText(text);
  if (key === '' || seen.has(key)) return;
  seen.add(key);
  texts.push({ source, text });
}

export function extractFieldFeatures(el: Element): FieldFeatures {
  const role = roleOf(el);
  const type = typeOf(el, role);
  const root = searchRootOf(el);
  const choices = fieldChoices(el, root);
  const textFollowsField = CHECKABLE_TYPES.has(type) || CHECKABLE_ROLES.has(role);
  const texts: FieldText[] = [];
  const seen = new Set<string>();
  addText(texts, seen, 'label', labelForText(el, root));
  addText(texts, seen, 'label', wrappingLabelText(el));
  addText(texts, seen, 'aria-labelledby', labelledByText(el, root));
  addText(texts, seen, 'aria-label', attribute(el, 'aria-label'));
  addText(texts, seen, 'placeholder', attribute(el, 'placeholder'));
  addText(texts, seen, 'placeholder', attribute(el, 'aria-placeholder'));
  addText(texts, seen, 'placeholder', choices.placeholder);
  addText(texts, seen, 'title', attribute(el, 'title'));
  addText(texts, seen, 'nearby', nearbyText(el, textFollowsField));
  addText(texts, seen, 'legend', legendText(el));
  return {
    tag: tagOf(el),
    type,
    role,
    name: attribute(el, 'name'),
    id: attribute(el, 'id'),
    autocomplete: attribute(el, 'autocomplete').toLowerCase(),
    inputmode: attribute(el, 'inputmode').toLowerCase(),
    pattern: attribute(el, 'pattern'),
    maxLength: parseLengthAttribute(el.getAttribute('maxlength')),
    minLength: parseLengthAttribute(el.getAttribute('minlength')),
    mask: maskOf(el),
    texts,
    options: choices.options,
    accept: attribute(el, 'accept').toLowerCase(),
    capture: captureOf(el),
    ...checkStateOf(el, role),
    form: fieldForm(el),
  };
}
