/**
 * Where a term's anchor words occur in the lower-cased text: word starts are indexed once per text,
 * anchors inside words are found together in one pass, and each anchor's positions are kept for the
 * other terms that share it.
 */
import { wordCharWidth, wordUnitsBelow0500 } from './char-classes';
import { findInnerAnchors, innerAnchorSearch } from './inner-anchors';
import { lazy } from './lazy';
import { allTerms } from './lexicon';
import type { Anchor } from './lexicon/anchors';

/** Word starts (of words of two letters or more) sharing their first two letters, and among them by the third. */
interface Bucket { all: number[]; byThird: Map<number, number[]> }

/**
 * Where words start, keyed by their first two letters: a number for the two UTF-16 units, so no string
 * is cut per word, and small enough for a Cyrillic or Latin pair to be a small integer, which a map
 * hashes far faster than a larger number.
 */
export type WordStarts = Map<number, Bucket>;

function pairKey(text: string, at: number): number {
  return text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);
}

/** The end of the word that starts at `start`; the table lookup is inlined, the loop runs over every character. */
function wordEnd(lower: string, start: number, table: Uint8Array): number {
  let at = start;
  while (at < lower.length) {
    const code = lower.charCodeAt(at);
    const width = code < 0x500 ? (table[code] ?? 0) : wordCharWidth(lower, at);
    if (width === 0) break;
    at += width;
  }
  return at;
}

export function indexWordStarts(lower: string): WordStarts {
  const index: WordStarts = new Map();
  const table = wordUnitsBelow0500();
  for (let at = 0; at < lower.length;) {
    const start = at;
    at = wordEnd(lower, start, table);
    if (at === start) {
      at += 1;
      continue;
    }
    // Anchors are at least two letters, so shorter words are never looked up.
    if (at - start < 2) continue;
    const key = pairKey(lower, start);
    let bucket = index.get(key);
    if (!bucket) {
      bucket = { all: [], byThird: new Map() };
      index.set(key, bucket);
    }
    bucket.all.push(start);
    if (at - start < 3) continue;
    const third = lower.charCodeAt(start + 2);
    const list = bucket.byThird.get(third);
    if (list) list.push(start);
    else bucket.byThird.set(third, [start]);
  }
  return index;
}

const NONE: readonly number[] = [];

/** Positions of an anchor: looked up among word starts when it begins a word, else searched. */
export function positionsOf(lower: string, anchor: Anchor, words: WordStarts): readonly number[] {
  if (anchor.wordStart) {
    const bucket = words.get(pairKey(anchor.text, 0));
    if (!bucket || anchor.text.length === 2) return bucket?.all ?? NONE;
    const candidates = bucket.byThird.get(anchor.text.charCodeAt(2)) ?? NONE;
    return anchor.text.length === 3 ? candidates : candidates.filter((at) => lower.startsWith(anchor.text, at));
  }
  const positions: number[] = [];
  for (let at = lower.indexOf(anchor.text); at >= 0; at = lower.indexOf(anchor.text, at + 1)) positions.push(at);
  return positions;
}

export type AnchorPositions = (anchor: Anchor) => readonly number[];

const INNER_ANCHORS = lazy(() => innerAnchorSearch(allTerms().flatMap((term) => term.anchors ?? []).filter((a) => !a.wordStart).map((a) => a.text)));

/** Positions per anchor in the lower-cased text, each found once: terms share anchors («данн», «переда»). */
export function anchorPositions(lower: string): AnchorPositions {
  const words = indexWordStarts(lower);
  const inner = findInnerAnchors(lower, INNER_ANCHORS());
  const known = new Map<string, readonly number[]>();
  return (anchor) => {
    if (!anchor.wordStart) return inner.get(anchor.text) ?? positionsOf(lower, anchor, words);
    let positions = known.get(anchor.text);
    if (!positions) {
      positions = positionsOf(lower, anchor, words);
      known.set(anchor.text, positions);
    }
    return positions;
  };
}
