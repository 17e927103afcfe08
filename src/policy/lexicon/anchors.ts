/**
 * Anchors of a lexicon term: literals of which every match contains one, so the term is tried only
 * in short windows around them instead of over the whole text.
 */
import { lazyPattern } from '../lazy';

const LETTER = lazyPattern(String.raw`[\p{L}\p{N}]`, 'u');
const LEADING_LETTERS = lazyPattern(String.raw`^[\p{L}\p{N}]*`, 'u');

/**
 * A literal every match of a term contains; `wordStart` when it always begins a word, `startsMatch`
 * when every match begins with it (the term is then tried only right there).
 */
export interface Anchor { text: string; wordStart: boolean; startsMatch: boolean }

/** The longest run of plain letters outside any group, class or quantifier. */
function longestLiteral(pattern: string): Anchor | null {
  let depth = 0;
  let best: Anchor = { text: '', wordStart: false, startsMatch: false };
  let run = '';
  let runStart = 0;
  for (let i = 0; i < pattern.length; i += 1) {
    const ch = pattern[i] ?? '';
    const quantified = /[?*{]/u.test(pattern[i + 1] ?? '');
    if (depth === 0 && LETTER().test(ch) && pattern[i - 1] !== '\\' && !quantified) {
      if (run === '') runStart = i;
      run += ch;
      if (run.length > best.text.length) best = { text: run, wordStart: runStart === 0 || pattern[runStart - 1] === ' ', startsMatch: runStart === 0 };
      continue;
    }
    run = '';
    if (ch === '(' || ch === '[' || ch === '{') depth += 1;
    else if ((ch === ')' || ch === ']' || ch === '}') && depth > 0) depth -= 1;
    else if (ch === '|' && depth === 0) return null;
  }
  return best.text.length >= 2 ? best : null;
}

/** The plain letters an alternative starts with, without a last letter made optional («partners?» → «partner»). */
function literalPrefix(alternative: string): string {
  const letters = LEADING_LETTERS().exec(alternative)?.[0] ?? '';
  return /^[?*{]/u.test(alternative.slice(letters.length)) ? letters.slice(0, -1) : letters;
}

/** The literal starts of the alternatives of a leading group: «(переда|предостав|раскры)_» → three anchors. */
function leadingAlternatives(pattern: string): string[] | null {
  if (!pattern.startsWith('(')) return null;
  let depth = 0;
  let current = '';
  const alternatives: string[] = [];
  for (let i = 1; i < pattern.length; i += 1) {
    const ch = pattern[i] ?? '';
    if (ch === '(' || ch === '[') depth += 1;
    if ((ch === ')' || ch === ']') && depth > 0) { depth -= 1; current += ch; continue; }
    if (depth === 0 && (ch === '|' || ch === ')')) {
      alternatives.push(literalPrefix(current));
      current = '';
      if (ch === ')') return /[?*]/u.test(pattern[i + 1] ?? '') ? null : alternatives;
      continue;
    }
    current += ch;
  }
  return null;
}

/**
 * Literals of which every match contains one; null when the term must be searched everywhere. Literals
 * that start every match are preferred to longer ones inside it: the term is then tried only at them.
 */
export function anchorsOf(pattern: string): Anchor[] | null {
  const literal = longestLiteral(pattern);
  const leading = literal ? literalPrefix(pattern) : '';
  if (leading.length >= 3) return [{ text: leading.toLowerCase(), wordStart: true, startsMatch: true }];
  if (literal) return [{ ...literal, text: literal.text.toLowerCase() }];
  const alternatives = leadingAlternatives(pattern);
  if (!alternatives || alternatives.some((a) => a.length < 3)) return null;
  return alternatives.map((a) => ({ text: a.toLowerCase(), wordStart: true, startsMatch: true }));
}
