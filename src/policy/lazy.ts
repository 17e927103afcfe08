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
