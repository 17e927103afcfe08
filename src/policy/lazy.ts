/**
 * Lazily compiled expressions for the parser. The service worker evaluates this module on every
 * wake-up, so regular expressions and word lists are compiled when a policy is first parsed, not at import.
 */
import { lazy } from '../util/lazy';

export { lazy } from '../util/lazy';

/** A regular expression compiled on first use: a literal with `\p{…}` costs parse time even inside a function. */
export function lazyPattern(source: string, flags: string): () => RegExp {
  return lazy(() => new RegExp(source, flags));
}

/** Regular expressions sharing their flags, compiled together on first use; their sources are assembled then too. */
export function lazyPatterns(flags: string, sources: () => readonly string[]): () => readonly RegExp[] {
  return lazy(() => sources().map((source) => new RegExp(source, flags)));
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
