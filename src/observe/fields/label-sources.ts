/**
 * The explicit ways a page names a field: <label for>, a wrapping <label>, aria-labelledby and the
 * enclosing fieldset's <legend>. Ids resolve in the field's own tree (document or shadow root).
 */
import { isLabelElement, type SearchRoot } from './dom-guards';
import { LABEL_FOR_LIMIT, LABELLEDBY_ID_LIMIT, TEXT_LIMIT } from './features';
import { boundedText, clipText } from './text-bounds';

/** A legend is the fieldset's first child in valid HTML; a few more allow for stray markup. */
const LEGEND_SEARCH_LIMIT = 5;
/** Labels compared one by one when the selector route fails. */
const LABEL_SCAN_LIMIT = 2000;
const CSS_STRING_SPECIAL = /["\\\n\r\f]/g;

/** A CSS string literal for an attribute selector, so a hostile id cannot break the selector. */
function cssString(value: string): string {
  return `"${value.replace(CSS_STRING_SPECIAL, (char) => (char === '"' || char === '\\' ? `\\${char}` : ' '))}"`;
}

/** Text of the <label for=id> elements in the field's tree. */
export function labelForText(el: Element, root: SearchRoot | null): string {
  const id = el.getAttribute('id');
  if (root === null || id === null || id === '' || id.length > TEXT_LIMIT) return '';
  const texts = labelsFor(id, root).map((label) => boundedText(label, { exclude: el }));
  return clipText(texts.join(' '));
}

function labelsFor(id: string, root: SearchRoot): Element[] {
  try {
    return [...root.querySelectorAll(`label[for=${cssString(id)}]`)].slice(0, LABEL_FOR_LIMIT);
  } catch {
    // Some DOM implementations reject escapes that browsers accept; compare attributes instead.
    return [...root.querySelectorAll('label')].slice(0, LABEL_SCAN_LIMIT)
      .filter((label) => label.getAttribute('for') === id).slice(0, LABEL_FOR_LIMIT);
  }
}

/** Text of the <label> wrapping the field, without the field's own content. */
export function wrappingLabelText(el: Element): string {
  const label = el.parentElement?.closest('label') ?? null;
  if (label === null || !isLabelElement(label)) return '';
  return boundedText(label, { exclude: el });
}

/** Text of the elements listed in aria-labelledby, in order. */
export function labelledByText(el: Element, root: SearchRoot | null): string {
  const ids = (el.getAttribute('aria-labelledby') ?? '').slice(0, TEXT_LIMIT * 2).trim().split(/\s+/);
  if (root === null) return '';
  const texts: string[] = [];
  for (const id of ids.slice(0, LABELLEDBY_ID_LIMIT)) {
    if (id === '') continue;
    const target = root.getElementById(id);
    if (target !== null && target !== el) texts.push(boundedText(target));
  }
  return clipText(texts.join(' '));
}

/** The legend of the closest enclosing fieldset: the question a group of radios answers. */
export function legendText(el: Element): string {
  const fieldset = el.parentElement?.closest('fieldset') ?? null;
  if (fieldset === null) return '';
  let child = fieldset.firstElementChild;
  for (let seen = 0; child !== null && seen < LEGEND_SEARCH_LIMIT; seen += 1) {
    if (child.localName === 'legend') return boundedText(child);
    child = child.nextElementSibling;
  }
  return '';
}
