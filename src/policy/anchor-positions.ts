/** Where a term's anchor words occur in the lower-cased text: word starts are indexed once per text. */
import { lazyPattern } from './lazy';
import type { Anchor } from './lexicon/anchors';

/** Where words start, by their first two and three letters; built once per text. */
export type WordStarts = Map<string, number[]>;

const WORD = lazyPattern(String.raw`[\p{L}\p{N}]+`, 'gu');

export function indexWordStarts(lower: string): WordStarts {
  const index: WordStarts = new Map();
  const add = (key: string, at: number): void => {
    const list = index.get(key);
    if (list) list.push(at);
    else index.set(key, [at]);
  };
  const word = WORD();
  word.lastIndex = 0;
  for (let found = word.exec(lower); found !== null; found = word.exec(lower)) {
    // Anchors are at least two letters, so shorter prefixes are never looked up.
    const word = found[0];
    if (word.length >= 2) add(word.slice(0, 2), found.index);
    if (word.length >= 3) add(word.slice(0, 3), found.index);
  }
  return index;
}

/** Positions of an anchor: looked up among word starts when it begins a word, else searched. */
export function positionsOf(lower: string, anchor: Anchor, words: WordStarts): number[] {
  if (anchor.wordStart) {
    const candidates = words.get(anchor.text.slice(0, 3)) ?? [];
    return candidates.filter((at) => lower.startsWith(anchor.text, at));
  }
  const positions: number[] = [];
  for (let at = lower.indexOf(anchor.text); at >= 0; at = lower.indexOf(anchor.text, at + 1)) positions.push(at);
  return positions;
}
