/**
 * The caption a page put next to a field without tying it to the field: «Телефон» in a <span>
 * before the input, or «Я согласен…» after a checkbox. We take the closest text in the field's own
 * container and stop at anything that belongs to another field.
 */
import { isElementNode, isTextNode } from './dom-guards';
import { boundedText } from './text-bounds';

/** How far up the field's wrappers to climb, and how many siblings to look at on each level. */
const MAX_CLIMB = 4;
const MAX_SIBLINGS = 4;
/** Containers whose neighbours describe something else. */
const CONTAINER_BOUNDARIES = new Set(['form', 'fieldset', 'body', 'html', 'table', 'ul', 'ol', 'dialog']);
const OTHER_FIELDS = 'input:not([type="hidden"]),select,textarea,[role="textbox"],[role="combobox"],[role="checkbox"],[role="radio"]';
/** Not captions: legends are read as such, the rest carries no text meant for the field. */
const IGNORED_NEIGHBOURS = new Set(['legend', 'script', 'style', 'template', 'noscript', 'br', 'img', 'svg']);

type SiblingScan = { found: string } | { blocked: true } | null;

/**
 * Closest descriptive text: before the field, or after it for checkboxes and radios. A text field
 * with nothing before it may have its caption right after it (floating labels placed after the input).
 */
export function nearbyText(el: Element, textFollowsField: boolean): string {
  if (textFollowsField) {
    const after = scanOutwards(el, false, MAX_CLIMB);
    return after !== '' ? after : scanOutwards(el, true, MAX_CLIMB);
  }
  const before = scanOutwards(el, true, MAX_CLIMB);
  return before !== '' ? before : scanOutwards(el, false, 1);
}

function scanOutwards(el: Element, backwards: boolean, maxClimb: number): string {
  let current: Element = el;
  for (let level = 0; level < maxClimb; level += 1) {
    const scan = scanSiblings(current, el, backwards);
    if (scan !== null) return 'found' in scan ? scan.found : '';
    const parent = current.parentElement;
    if (parent === null || CONTAINER_BOUNDARIES.has(parent.localName)) return '';
    current = parent;
  }
  return '';
}

function scanSiblings(start: Element, field: Element, backwards: boolean): SiblingScan {
  let sibling = backwards ? start.previousSibling : start.nextSibling;
  for (let seen = 0; sibling !== null && seen < MAX_SIBLINGS; seen += 1) {
    if (isTextNode(sibling)) {
      const text = boundedText(sibling, { fromEnd: backwards });
      if (text !== '') return { found: text };
    } else if (isElementNode(sibling) && !IGNORED_NEIGHBOURS.has(sibling.localName)) {
      if (belongsToAnotherField(sibling, field)) return { blocked: true };
      const text = boundedText(sibling, { fromEnd: backwards });
      if (text !== '') return { found: text };
    }
    sibling = backwards ? sibling.previousSibling : sibling.nextSibling;
  }
  return null;
}

/** A neighbour that is or holds another field: its text is that field's caption, not ours. */
function belongsToAnotherField(neighbour: Element, field: Element): boolean {
  if (neighbour === field) return false;
  return neighbour.matches(OTHER_FIELDS) || neighbour.querySelector(OTHER_FIELDS) !== null;
}
