/**
 * The section tree of a policy. Numbered paragraphs open sections; a deeper number or a list item
 * nests inside the section before it and a section runs until the next one of its level or a
 * shallower one; an unnumbered all-capitals line is a document title that closes everything (a
 * bilingual file restarts its numbering after the second title). Every block gets the innermost
 * section number that contains it.
 */
import type { Block } from './blocks';
import { fold } from './fold-spaces';
import { lazyPattern } from './lazy';
import type { SectionMarker } from './section-marker';
import { isTitleRow } from './title-row';

export interface SectionSpan {
  number: string | null;
  title: string;
  level: number;
  start: number;
  end: number;
  blockIndex: number;
}

export interface SectionLayout {
  sections: SectionSpan[];
  /** Innermost section number per block index. */
  blockSection: (string | null)[];
  /** Blocks that are only a heading: they name a section and declare nothing. */
  headingBlocks: ReadonlySet<number>;
}

const TITLE_LEVEL = 0;
/** Two words, perhaps joined by a sign: «CONTACTS & MICROPHONE», «КАМЕРА / МИКРОФОН». */
const TWO_WORDS = lazyPattern(String.raw`\p{L}{2,}[\s«»"&/+]+\p{L}{2,}`, 'u');
const STARTS_UPPER = lazyPattern(String.raw`^\p{Lu}`, 'u');
const MAX_TITLE_CHARS = 120;

/**
 * A title needs only the body's start, and the fold of a prefix is a prefix of the fold: folding whole
 * paragraphs for their titles showed up in parse time. A start that folds too short is folded whole.
 */
const TITLE_SOURCE_CHARS = MAX_TITLE_CHARS + 40;

function shortTitle(body: string): string {
  const start = body.length > TITLE_SOURCE_CHARS ? fold(body.slice(0, TITLE_SOURCE_CHARS)) : '';
  const folded = start.length > MAX_TITLE_CHARS + 1 ? start : fold(body);
  if (folded.length <= MAX_TITLE_CHARS) return folded;
  const cut = folded.lastIndexOf(' ', MAX_TITLE_CHARS);
  return `${folded.slice(0, cut > 0 ? cut : MAX_TITLE_CHARS)}…`;
}

/** An unnumbered line in capitals («ПОЛИТИКА КОНФИДЕНЦИАЛЬНОСТИ», «ҚҰПИЯЛЫЛЫҚ САЯСАТЫ»). */
export function isTitleLine(text: string): boolean {
  if (text.length > 200) return false;
  let letters = 0;
  let upper = 0;
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const upperCase = ch.toUpperCase();
    if (lower === upperCase) continue;
    letters += 1;
    if (ch === upperCase) upper += 1;
    else if (letters - upper > letters * 0.15 + 1) return false;
  }
  return letters >= 8 && upper / letters > 0.85 && TWO_WORDS().test(text);
}

/** «2. Общие положения»: a top-level number followed by a short line without punctuation. */
function isHeading(body: string, marker: SectionMarker): boolean {
  // Checked on the raw body first: most numbered paragraphs end with a stop and are never folded.
  if (marker.level !== 1 || marker.kind === 'item' || /[.;:,!]\s*$/u.test(body)) return false;
  const folded = fold(body);
  return folded.length > 0 && folded.length <= 150;
}

const MAX_PLAIN_HEADING_CHARS = 60;
const ENDS_SENTENCE = /[.!?]["»)]*$/u;

/**
 * «Реклама», «Cookie и аналитика»: a short capitalised line without punctuation between a finished
 * sentence and a paragraph is an unnumbered heading (an HTML <h2>); it names a topic, it declares nothing.
 */
function isPlainHeading(text: string, blocks: readonly Block[], index: number): boolean {
  const block = blocks[index];
  const next = blocks[index + 1];
  if (!block || !next || block.marker) return false;
  const body = fold(text.slice(block.bodyStart, block.end));
  if (body.length > MAX_PLAIN_HEADING_CHARS || !STARTS_UPPER().test(body) || /[.;:,!?—–-]$/u.test(body)) return false;
  const before = blocks[index - 1];
  const previous = before ? fold(text.slice(before.bodyStart, before.end)) : '.';
  const following = fold(text.slice(next.bodyStart, next.end));
  return ENDS_SENTENCE.test(previous) && following.length > body.length && /[.!?:]["»)]*$/u.test(following);
}

export function layoutSections(text: string, blocks: readonly Block[]): SectionLayout {
  const sections: SectionSpan[] = [];
  const blockSection: (string | null)[] = [];
  const headingBlocks = new Set<number>();
  // Every number opens a section nested in the ones before it, so the innermost section holding a
  // block is the last one opened; a title closes them all.
  let current: string | null = null;
  blocks.forEach((block, index) => {
    const body = text.slice(block.bodyStart, block.end);
    if (!block.marker && body.length <= 400 && isTitleLine(fold(body))) {
      current = null;
      sections.push({ number: null, title: shortTitle(body), level: TITLE_LEVEL, start: block.start, end: text.length, blockIndex: index });
      headingBlocks.add(index);
    } else if (block.marker) {
      current = block.marker.number;
      sections.push({ number: current, title: shortTitle(body), level: block.marker.level, start: block.start, end: text.length, blockIndex: index });
      if (isHeading(body, block.marker)) headingBlocks.add(index);
    } else if (isPlainHeading(text, blocks, index) || isTitleRow(body)) {
      headingBlocks.add(index);
    }
    blockSection.push(current);
  });
  closeSections(sections, text.length);
  return { sections, blockSection, headingBlocks };
}

/** A section ends where the next section of the same or a shallower level (or a title) begins. */
function closeSections(sections: SectionSpan[], textEnd: number): void {
  const open: SectionSpan[] = [];
  for (const section of sections) {
    while (open.length > 0) {
      const top = open[open.length - 1];
      if (!top || (top.level < section.level && section.level !== TITLE_LEVEL)) break;
      top.end = section.start;
      open.pop();
    }
    open.push(section);
  }
  for (const section of open) section.end = textEnd;
}
