/**
 * Lazily compiled expressions for the parser. The service worker evaluates this module on every
 * wake-up, so regular expressions and word lists are compiled when a policy is first parsed, not at import.
 */
import { lazy } from '../util/lazy';
import { withPolicyLetters } from './letter-class';

export { lazy } from '../util/lazy';

/** V8 compiles an expression to machine code at once, skipping its bytecode tier, when its first subject is this long. */
const TIER_UP_SUBJECT = ' '.repeat(1000);

/**
 * A regular expression compiled straight to machine code, its `\p{L}` read as the letters of
 * policies' scripts (letter-class.ts). V8 first runs a new expression from bytecode, and each `\p{L}`
 * costs about 9 KB of it; the parser's expressions made 10 MB on a first parse, and past 1 MB of
 * expression code V8 compiles later expressions without its optimisations, which made some parse
 * steps three times slower. A first run on a long subject skips the bytecode.
 */
export function compilePattern(source: string, flags: string): RegExp {
  const pattern = new RegExp(withPolicyLetters(source), flags);
  pattern.test(TIER_UP_SUBJECT);
  pattern.lastIndex = 0;
  return pattern;
}

/** A regular expression compiled on first use: a literal with `\p{…}` costs parse time even inside a function. */
export function lazyPattern(source: string, flags: string): () => RegExp {
  return lazy(() => compilePattern(source, flags));
}

/** Regular expressions sharing their flags, compiled together on first use; their sources are assembled then too. */
export function lazyPatterns(flags: string, sources: () => readonly string[]): () => readonly RegExp[] {
  return lazy(() => sources().map((source) => compilePattern(source, flags)));
}

/**
 * A test that runs the expression only on text holding one of its literal pieces (`hint`): an
 * expression opening with a lookbehind or an alternation of stems is tried at every position, while
 * the hint is a plain search. Every match of the expression must contain a match of the hint.
 */
export function hintedTest(hint: RegExp, source: string, flags: string): (text: string) => boolean {
  const pattern = lazyPattern(source, flags);
  return (text) => hint.test(text) && pattern().test(text);
}

const MAX_REMEMBERED = 64;

/**
 * A test on headings and leads: every statement under a heading asks about the same text, so the
 * answers are kept (a few dozen at most; forgotten all at once when full).
 */
export function rememberedTest(test: (text: string) => boolean): (text: string) => boolean {
  const known = new Map<string, boolean>();
  return (text) => {
    let answer = known.get(text);
    if (answer === undefined) {
      if (known.size >= MAX_REMEMBERED) known.clear();
      answer = test(text);
      known.set(text, answer);
    }
    return answer;
  };
}

type Script = 'latin' | 'cyrillic' | 'any';

/** Kept, not written inline: a literal is a new object on every call, and the test runs on every clause several times. */
const LATIN = /[a-z]/iu;
const CYRILLIC = /[\u0400-\u04ff]/u;

/** The alphabet of a pattern's own letters; escapes (`\p{L}`, `\s`) and group names are not letters. */
function scriptOf(source: string): Script {
  const letters = source.replace(/\\[pPu]\{[^}]*\}|\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}|\\.|\(\?<[a-zA-Z]\w*>/gu, '');
  const latin = /[a-z]/iu.test(letters);
  const cyrillic = /[\u0400-\u04ff]/u.test(letters);
  return latin === cyrillic ? 'any' : latin ? 'latin' : 'cyrillic';
}

/**
 * Patterns tried only on text holding their alphabet, in their listed order: one whose letters are all
 * Latin cannot match a clause without a Latin letter, nor an all-Cyrillic one a clause without Cyrillic,
 * so a Russian clause skips the English cues and an English one the Russian and Kazakh cues. Every
 * pattern listed must need one of its letters to match (`\d+\s*(?:tenge|₸)` could match without, and
 * belongs in `lazyPatterns`).
 */
export function patternsByScript(flags: string, sources: () => readonly string[]): (text: string) => readonly RegExp[] {
  const lists = lazy(() => {
    const compiled = sources().map((source) => ({ pattern: compilePattern(source, flags), script: scriptOf(source) }));
    const keep = (latin: boolean, cyrillic: boolean) => compiled
      .filter(({ script }) => script === 'any' || (script === 'latin' ? latin : cyrillic)).map(({ pattern }) => pattern);
    return [keep(false, false), keep(true, false), keep(false, true), keep(true, true)] as const;
  });
  return (text) => lists()[(LATIN.test(text) ? 1 : 0) + (CYRILLIC.test(text) ? 2 : 0)] ?? [];
}
