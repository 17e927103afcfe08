/**
 * Bounded reading of page text. Every string taken from the page goes through here: a label can
 * hold megabytes or hundreds of thousands of nodes, and we only ever need the first few words.
 */
import { isElementNode, isTextNode } from './dom-guards';
import { NODE_VISIT_LIMIT, TEXT_LIMIT } from './features';

const WHITESPACE_RUN = /\s+/g;

/** Elements whose text is not a description of a neighbouring field. */
const SILENT_ELEMENTS = new Set([
  'script', 'style', 'template', 'noscript', 'select', 'textarea', 'option', 'datalist', 'svg',
]);

/** Collapses whitespace and cuts to `limit` characters (looking at no more than twice that). */
export function clipText(text: string, limit: number = TEXT_LIMIT): string {
  return text.slice(0, limit * 2).replace(WHITESPACE_RUN, ' ').trim().slice(0, limit);
}

/** Reads an integer attribute such as maxlength; null when absent or not a plain number. */
export function parseLengthAttribute(value: string | null): number | null {
  if (value === null) return null;
  const trimmed = value.slice(0, 20).trim();
  return /^\d{1,7}$/.test(trimmed) ? Number(trimmed) : null;
}

function isSilent(node: Node, exclude: Node | null): boolean {
  if (node === exclude) return true;
  return isElementNode(node) && SILENT_ELEMENTS.has(node.localName);
}

/**
 * Text of `root`'s subtree, at most `limit` characters, visiting at most NODE_VISIT_LIMIT nodes.
 * `fromEnd` collects the last characters instead (the text closest to a field that follows it);
 * `exclude` skips a subtree (the field itself inside its wrapping label).
 */
export function boundedText(root: Node, options: { limit?: number; fromEnd?: boolean; exclude?: Node } = {}): string {
  const limit = options.limit ?? TEXT_LIMIT;
  const fromEnd = options.fromEnd ?? false;
  const exclude = options.exclude ?? null;
  if (isTextNode(root)) return clipEnd(root.data, limit, fromEnd);
  const pieces: string[] = [];
  let collected = 0;
  let visits = 0;
  let node: Node | null = fromEnd ? root.lastChild : root.firstChild;
  while (node !== null && collected < limit && visits < NODE_VISIT_LIMIT) {
    visits += 1;
    if (isTextNode(node)) {
      const piece = clipEnd(node.data, limit - collected + 1, fromEnd);
      pieces.push(piece);
      collected += piece.length;
    } else if (isElementNode(node)) {
      pieces.push(' ');
    }
    node = nextInWalk(node, root, fromEnd, isSilent(node, exclude));
  }
  if (fromEnd) pieces.reverse();
  const text = pieces.join('').replace(WHITESPACE_RUN, ' ').trim();
  return fromEnd ? text.slice(-limit) : text.slice(0, limit);
}

function clipEnd(data: string, limit: number, fromEnd: boolean): string {
  return fromEnd ? data.slice(-limit) : data.slice(0, limit);
}

/** Depth-first successor of `node` within `root`, forwards or backwards. */
function nextInWalk(node: Node, root: Node, fromEnd: boolean, skipChildren: boolean): Node | null {
  if (!skipChildren) {
    const child = fromEnd ? node.lastChild : node.firstChild;
    if (child !== null) return child;
  }
  let current: Node | null = node;
  while (current !== null && current !== root) {
    const sibling: Node | null = fromEnd ? current.previousSibling : current.nextSibling;
    if (sibling !== null) return sibling;
    current = current.parentNode;
  }
  return null;
}
