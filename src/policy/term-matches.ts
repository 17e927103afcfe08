/**
 * Every lexicon hit in the analysis text. A term is tried only in short windows around its anchor
 * words (found with `indexOf` in the lower-cased text), or over the whole text when it has none:
 * regex scans of a whole policy for several hundred terms would cost more than everything else.
 */
import type { CategoryId } from '../categories';
import { allTerms } from './lexicon';
import type { Anchor } from './lexicon/anchors';
import { acceptsStart, type CompiledTerm } from './lexicon/dsl';

export interface TermMatch {
  category: CategoryId;
  generic: boolean;
  /** Hides other categories' matches inside it (see `TermSpec.absorbs`). */
  absorbs: boolean;
  start: number;
  end: number;
}

/** How far a match may start before its anchor, and end after it (optional words, five-word gaps). */
const WINDOW_BEFORE = 120;
const WINDOW_AFTER = 260;

interface Window { start: number; end: number }

/** Where words start, by their first two and three letters; built once per text. */
type WordStarts = Map<string, number[]>;

const WORD = /[\p{L}\p{N}]+/gu;

function indexWordStarts(lower: string): WordStarts {
  const index: WordStarts = new Map();
  const add = (key: string, at: number): void => {
    const list = index.get(key);
    if (list) list.push(at);
    else index.set(key, [at]);
  };
  WORD.lastIndex = 0;
  for (let found = WORD.exec(lower); found !== null; found = WORD.exec(lower)) {
    // Anchors are at least two letters, so shorter prefixes are never looked up.
    const word = found[0];
    if (word.length >= 2) add(word.slice(0, 2), found.index);
    if (word.length >= 3) add(word.slice(0, 3), found.index);
  }
  return index;
}

/** Positions of an anchor: looked up among word starts when it begins a word, else searched. */
function positionsOf(lower: string, anchor: Anchor, words: WordStarts): number[] {
  if (anchor.wordStart) {
    const candidates = words.get(anchor.text.slice(0, 3)) ?? [];
    return candidates.filter((at) => lower.startsWith(anchor.text, at));
  }
  const positions: number[] = [];
  for (let at = lower.indexOf(anchor.text); at >= 0; at = lower.indexOf(anchor.text, at + 1)) positions.push(at);
  return positions;
}

/** Windows around the anchors, merged; one whole-text window when they would cover much of it anyway. */
function anchorWindows(lower: string, anchors: readonly Anchor[], words: WordStarts): Window[] {
  const positions = anchors.flatMap((anchor) => positionsOf(lower, anchor, words));
  if (positions.length * (WINDOW_BEFORE + WINDOW_AFTER) > lower.length / 2) return [{ start: 0, end: lower.length }];
  positions.sort((a, b) => a - b);
  const windows: Window[] = [];
  for (const at of positions) {
    const start = Math.max(0, at - WINDOW_BEFORE);
    const end = Math.min(lower.length, at + WINDOW_AFTER);
    const last = windows[windows.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
  }
  return windows;
}

function scan(term: CompiledTerm, text: string, haystack: string, regex: RegExp, window: Window, out: TermMatch[]): void {
  const slice = window.start === 0 && window.end === haystack.length ? haystack : haystack.slice(window.start, window.end);
  const cutShort = window.end < haystack.length;
  regex.lastIndex = 0;
  for (let found = regex.exec(slice); found !== null; found = regex.exec(slice)) {
    const start = window.start + found.index;
    const end = start + found[0].length;
    // A match that runs into the window's edge may be a truncated word; the next window has it whole.
    const whole = !cutShort || end < window.end - 1;
    if (whole && acceptsStart(term, text, start)) out.push({ category: term.category, generic: term.generic, absorbs: term.absorbs, start, end });
    else regex.lastIndex = found.index + 1;
  }
}

export function findTermMatches(text: string): TermMatch[] {
  const lower = text.toLowerCase();
  const sameLength = lower.length === text.length;
  const haystack = sameLength ? lower : text;
  const whole: Window[] = [{ start: 0, end: text.length }];
  const matches: TermMatch[] = [];
  const words = indexWordStarts(lower);
  for (const term of allTerms()) {
    const windows = sameLength && term.anchors ? anchorWindows(lower, term.anchors, words) : whole;
    const regex = sameLength ? term.lowerCaseRegex : term.anyCaseRegex;
    for (const window of windows) scan(term, text, haystack, regex, window, matches);
  }
  return withoutAbsorbed(dedupeMatches(matches.sort((a, b) => a.start - b.start || b.end - a.end)));
}

/** Drops matches that lie inside an absorbing match of another category («отпечаток браузера» is no browser data). */
function withoutAbsorbed(sorted: TermMatch[]): TermMatch[] {
  const absorbing = sorted.filter((m) => m.absorbs);
  if (absorbing.length === 0) return sorted;
  return sorted.filter((m) => !absorbing.some((a) => a.category !== m.category && a.start <= m.start && m.end <= a.end));
}

/** Overlapping windows of one term can report the same hit twice. */
function dedupeMatches(sorted: TermMatch[]): TermMatch[] {
  const seen = new Set<string>();
  return sorted.filter((m) => {
    const key = `${m.start}:${m.end}:${m.category}:${m.generic}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
