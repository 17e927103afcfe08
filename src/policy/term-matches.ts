/**
 * Every lexicon hit in the analysis text. A term whose matches all start with an anchor word is tried
 * right at each anchor; another is tried in short windows around its anchors, or over the whole text
 * when it has none: regex scans of a whole policy for several hundred terms would cost more than
 * everything else.
 */
import type { CategoryId } from '../categories';
import { anchorPositions, type AnchorPositions } from './anchor-positions';
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

/** Windows around the anchors, merged; one whole-text window when they would cover much of it anyway. */
function anchorWindows(lower: string, anchors: readonly Anchor[], positionsOfAnchor: AnchorPositions): Window[] {
  const positions = anchors.flatMap(positionsOfAnchor);
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

/** Whether a paragraph starts inside (start, end): a term never runs from a heading into the text below it. */
function crossesParagraph(paragraphStarts: readonly number[], start: number, end: number): boolean {
  let low = 0;
  let high = paragraphStarts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((paragraphStarts[middle] ?? 0) <= start) low = middle + 1;
    else high = middle;
  }
  return low < paragraphStarts.length && (paragraphStarts[low] ?? end) < end;
}

interface Haystack { text: string; searched: string; paragraphStarts: readonly number[] }

function scan(term: CompiledTerm, hay: Haystack, regex: RegExp, window: Window, out: TermMatch[]): void {
  const { text, searched: haystack, paragraphStarts } = hay;
  const slice = window.start === 0 && window.end === haystack.length ? haystack : haystack.slice(window.start, window.end);
  const cutShort = window.end < haystack.length;
  regex.lastIndex = 0;
  for (let found = regex.exec(slice); found !== null; found = regex.exec(slice)) {
    const start = window.start + found.index;
    const end = start + found[0].length;
    // A match that runs into the window's edge may be a truncated word; the next window has it whole.
    const whole = !cutShort || end < window.end - 1;
    if (whole && acceptsStart(term, text, start) && !crossesParagraph(paragraphStarts, start, end)) out.push({ category: term.category, generic: term.generic, absorbs: term.absorbs, start, end });
    else regex.lastIndex = found.index + 1;
  }
}

/** A term whose every match starts with an anchor is tried right at each anchor, not over a window. */
function tryAtAnchors(term: CompiledTerm, hay: Haystack, anchors: readonly Anchor[], positionsOfAnchor: AnchorPositions, out: TermMatch[]): void {
  const lower = hay.searched;
  const regex = term.stickyRegex();
  for (const anchor of anchors) {
    for (const start of positionsOfAnchor(anchor)) {
      regex.lastIndex = start;
      // A sticky match leaves lastIndex at its end: `test` builds no match array.
      if (!regex.test(lower)) continue;
      const end = regex.lastIndex;
      if (acceptsStart(term, hay.text, start) && !crossesParagraph(hay.paragraphStarts, start, end)) {
        out.push({ category: term.category, generic: term.generic, absorbs: term.absorbs, start, end });
      }
    }
  }
}

/** `paragraphStarts`: sorted offsets where paragraphs begin; no match spans two of them. */
export function findTermMatches(text: string, paragraphStarts: readonly number[] = []): TermMatch[] {
  const lower = text.toLowerCase();
  const sameLength = lower.length === text.length;
  const haystack = sameLength ? lower : text;
  const whole: Window[] = [{ start: 0, end: text.length }];
  const matches: TermMatch[] = [];
  const positionsOfAnchor = anchorPositions(lower);
  const hay: Haystack = { text, searched: haystack, paragraphStarts };
  for (const term of allTerms()) {
    if (sameLength && term.anchors && term.startsAtAnchors) {
      tryAtAnchors(term, hay, term.anchors, positionsOfAnchor, matches);
      continue;
    }
    const windows = sameLength && term.anchors ? anchorWindows(lower, term.anchors, positionsOfAnchor) : whole;
    const regex = sameLength ? term.lowerCaseRegex() : term.anyCaseRegex();
    for (const window of windows) scan(term, hay, regex, window, matches);
  }
  return withoutAbsorbed(dedupeMatches(matches.sort((a, b) => a.start - b.start || b.end - a.end)));
}

/** Drops matches that lie inside an absorbing match of another category («отпечаток браузера» is no browser data). */
function withoutAbsorbed(sorted: TermMatch[]): TermMatch[] {
  const absorbing = sorted.filter((m) => m.absorbs);
  if (absorbing.length === 0) return sorted;
  return sorted.filter((m) => !absorbing.some((a) => a.category !== m.category && a.start <= m.start && m.end <= a.end));
}

/**
 * Overlapping windows of one term can report the same hit twice. Sorted by start and end, matches over
 * the same span are neighbours, so a duplicate is looked for only among them.
 */
function dedupeMatches(sorted: TermMatch[]): TermMatch[] {
  const kept: TermMatch[] = [];
  let spanStart = 0;
  for (const m of sorted) {
    const last = kept[kept.length - 1];
    if (!last || last.start !== m.start || last.end !== m.end) spanStart = kept.length;
    else if (keptAlready(kept, spanStart, m)) continue;
    kept.push(m);
  }
  return kept;
}

function keptAlready(kept: readonly TermMatch[], from: number, m: TermMatch): boolean {
  for (let i = from; i < kept.length; i += 1) if (kept[i]?.category === m.category && kept[i]?.generic === m.generic) return true;
  return false;
}
