/** Where a term's anchor words occur in the lower-cased text: word starts are indexed once per text. */
import { wordCharWidth } from './char-classes';
import type { Anchor } from './lexicon/anchors';

/** Where words start, keyed by their first two and by their first three letters; built once per text. */
export type WordStarts = Map<number, number[]>;

/**
 * A number for the first two or three UTF-16 units at `at`: no string is cut per word, and a
 * three-letter key (at least 2^32) never equals a two-letter one (below 2^32).
 */
function prefixKey(text: string, at: number, length: 2 | 3): number {
  const two = text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);
  return length === 2 ? two : two * 0x10000 + text.charCodeAt(at + 2);
}

export function indexWordStarts(lower: string): WordStarts {
  const index: WordStarts = new Map();
  const add = (key: number, at: number): void => {
    const list = index.get(key);
    if (list) list.push(at);
    else index.set(key, [at]);
  };
  for (let at = 0; at < lower.length;) {
    let width = wordCharWidth(lower, at);
    if (width === 0) {
      at += 1;
      continue;
    }
    const start = at;
    while (width > 0) {
      at += width;
      width = at < lower.length ? wordCharWidth(lower, at) : 0;
    }
    // Anchors are at least two letters, so shorter prefixes are never looked up.
    if (at - start >= 2) add(prefixKey(lower, start, 2), start);
    if (at - start >= 3) add(prefixKey(lower, start, 3), start);
  }
  return index;
}

/** Positions of an anchor: looked up among word starts when it begins a word, else searched. */
export function positionsOf(lower: string, anchor: Anchor, words: WordStarts): number[] {
  if (anchor.wordStart) {
    const candidates = words.get(prefixKey(anchor.text, 0, anchor.text.length >= 3 ? 3 : 2)) ?? [];
    return anchor.text.length <= 3 ? candidates : candidates.filter((at) => lower.startsWith(anchor.text, at));
  }
  const positions: number[] = [];
  for (let at = lower.indexOf(anchor.text); at >= 0; at = lower.indexOf(anchor.text, at + 1)) positions.push(at);
  return positions;
}
