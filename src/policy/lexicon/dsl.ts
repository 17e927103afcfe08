/**
 * A small pattern language for lexicon terms, so stems and their inflections read naturally:
 *   `_`  any word ending (местоположени_ → местоположения, местоположении…)
 *   ` `  one or more spaces (` ?` optional space)
 *   `~`  up to five intervening words (передач_~треть_ лиц_)
 * Everything else is regular-expression syntax. Terms match whole words, case-insensitively.
 */
import type { CategoryId } from '../../categories';
import type { Language } from '../../schema/policy';
import { compilePattern, lazy, lazyPattern } from '../lazy';
import { isWordUnit } from '../char-classes';
import { anchorsOf, type Anchor } from './anchors';

export interface TermSpec {
  p: string;
  /** A catch-all («иные технологии»): the category is covered only vaguely. */
  generic?: boolean;
  /** The term does not count right after these words («по месту нахождения» a court is not location). */
  notBefore?: string;
  /** … nor right before these words («место нахождения Компании»). */
  notAfter?: string;
  /** The term counts only right after these words («в США», "in the European Union"); kept out of `p` so its anchors stay literal. */
  onlyAfter?: string;
  /**
   * The term names another category's data as its object («отпечаток браузера», "numbers of your
   * relatives"): terms of other categories inside its match are not evidence of their own.
   */
  absorbs?: boolean;
}

export type LexiconPart = Partial<Record<CategoryId, readonly TermSpec[]>>;

export interface CompiledTerm {
  category: CategoryId;
  language: Language;
  generic: boolean;
  absorbs: boolean;
  /*
   * The regexes are built on first use: a term needs one of its three forms, and compiling several
   * hundred Unicode regexes is most of what a first parse costs.
   */
  /** The term in lower case, without the `i` flag, for the lower-cased text: case-insensitive Unicode regexes scan several times slower. */
  lowerCaseRegex: () => RegExp;
  /** The lower-case term, sticky: tried only at its anchors when every match starts with one. */
  stickyRegex: () => RegExp;
  /** The same term, case-insensitive, for the rare text whose lower-case form changes length. */
  anyCaseRegex: () => RegExp;
  /** Rejects a match preceded by the words of `notBefore`; tested on the text that ends where the match starts. */
  before: (() => RegExp) | null;
  /** Accepts only a match preceded by the words of `onlyAfter`. */
  requiredBefore: (() => RegExp) | null;
  /** Lower-case literals of which every match contains one; the term is only tried around them. */
  anchors: Anchor[] | null;
  /** Every match starts with one of the anchors: the term is tried right at them (decided once, not per parse). */
  startsAtAnchors: boolean;
}

const SUFFIX = String.raw`[\p{L}\p{M}]*`;
const SPACE = String.raw`[\s\u00a0]+`;
const OPTIONAL_SPACE = String.raw`[\s\u00a0]*`;
const GAP = String.raw`(?:[\s\u00a0,«»"“”]+[\p{L}\p{N}\-/()«»"“”]+){0,5}?[\s\u00a0,«»"“”]+`;
/** A word start: not inside a word, nor the second half of a compound («IP-адрес» holds no address). */
const NOT_LETTER_AFTER = String.raw`(?![\p{L}\p{N}])`;

export function expandPattern(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i += 1) {
    const ch = pattern[i] ?? '';
    const escaped = pattern[i - 1] === '\\';
    if (ch === '[' && !escaped) inClass = true;
    else if (ch === ']' && !escaped) inClass = false;
    if (inClass || escaped) out += ch;
    else if (ch === '_') out += SUFFIX;
    else if (ch === ' ' && pattern[i + 1] === '?') { out += OPTIONAL_SPACE; i += 1; }
    else if (ch === ' ') out += SPACE;
    else if (ch === '~') out += GAP;
    else out += ch;
  }
  return out;
}

/** Lower-cases a regex source, leaving escapes (`\\s`, `\\p{L}`, `\\u00a0`) intact. */
export function lowerCasePattern(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i += 1) {
    const ch = source[i] ?? '';
    if (ch !== '\\') { out += ch.toLowerCase(); continue; }
    const next = source[i + 1] ?? '';
    const escapeEnd = (next === 'p' || next === 'P') && source[i + 2] === '{' ? source.indexOf('}', i) : next === 'u' ? i + 5 : i + 1;
    out += source.slice(i, escapeEnd + 1);
    i = escapeEnd;
  }
  return out;
}

/** Words that end right where a match starts (tested on the text before the match). */
function precedingWords(pattern: string): () => RegExp {
  return lazy(() => compilePattern(`(?:^|[^\\p{L}\\p{N}])(?:${expandPattern(pattern)})[\\s\\u00a0,]+$`, 'iu'));
}

export function compileTerm(category: CategoryId, language: Language, spec: TermSpec): CompiledTerm {
  const after = spec.notAfter ? `(?![\\s\\u00a0,]*(?:${expandPattern(spec.notAfter)}))` : '';
  const before = spec.notBefore ? precedingWords(spec.notBefore) : null;
  const requiredBefore = spec.onlyAfter ? precedingWords(spec.onlyAfter) : null;
  const source = `(?:${expandPattern(spec.p)})${NOT_LETTER_AFTER}${after}`;
  const lowerCase = lazy(() => lowerCasePattern(source));
  const anchors = anchorsOf(spec.p);
  return {
    category, language, generic: spec.generic ?? false, absorbs: spec.absorbs ?? false, before, requiredBefore, anchors,
    startsAtAnchors: anchors?.every((anchor) => anchor.startsMatch) ?? false,
    lowerCaseRegex: lazy(() => compilePattern(lowerCase(), 'gu')), stickyRegex: lazy(() => compilePattern(lowerCase(), 'uy')), anyCaseRegex: lazy(() => compilePattern(source, 'giu')),
  };
}

/**
 * A match counts only at a word start that is not the second half of a compound («IP-адрес» holds
 * no address), not right after the term's excluded words, and right after its required words.
 */
export function acceptsStart(term: CompiledTerm, text: string, start: number): boolean {
  if (start > 0 && isWordUnit(text, start - 1)) return false;
  if (text.charCodeAt(start - 1) === 0x2d && start > 1 && isWordUnit(text, start - 2)) return false;
  if (term.before === null && term.requiredBefore === null) return true;
  const preceding = text.slice(Math.max(0, start - 80), start);
  return (term.before === null || !term.before().test(preceding)) && (term.requiredBefore === null || term.requiredBefore().test(preceding));
}
