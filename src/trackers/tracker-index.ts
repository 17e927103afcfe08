/**
 * The part of Ghostery TrackerDB (CC-BY-NC-SA-4.0) the auditor needs, as a small table derived at build
 * time (`tracker-index-build.ts`, shipped as `tracker-index-text.ts` writes it): which operator runs a host.
 * The worker used to load TrackerDB's whole filter engine (1.8 MB, plus the adblocker library to read it)
 * only to ask that question of `https://<host>/`; the table answers it the same way for a fraction of the cost.
 */
import type { IndexedPattern, TrackerIndex } from './tracker-index-text';

/** The label-boundary suffixes of a host, longest first: a.b.c → a.b.c, b.c, c. */
function suffixes(host: string): string[] {
  const out = [host];
  for (let dot = host.indexOf('.'); dot !== -1; dot = host.indexOf('.', dot + 1)) out.push(host.slice(dot + 1));
  return out;
}

/** How specific a pattern is for a host: the length of the longest of its domains the host is or is under. */
function specificity(pattern: IndexedPattern, host: string): number {
  let best = 0;
  for (const domain of pattern[4]) {
    if ((host === domain || host.endsWith(`.${domain}`)) && domain.length > best) best = domain.length;
  }
  return best;
}

/** The patterns whose filters can match `https://<host>/`, then the one listing the longest domain the host is under. */
function candidatesOf(index: TrackerIndex, expressions: Map<number, RegExp>, host: string): number[] {
  const candidates: number[] = [];
  let listed: number | null = null;
  for (const suffix of suffixes(host)) {
    const entry = index.host(suffix);
    if (!entry) continue;
    candidates.push(...entry.filters);
    if (listed === null && suffix.includes('.')) listed = entry.listed;
  }
  const url = `https://${host}/`;
  index.urlFilters().forEach(([needle, at, source], filter) => {
    if (!url.includes(needle)) return;
    const expression = expressions.get(filter) ?? new RegExp(source, 'i');
    expressions.set(filter, expression);
    if (expression.test(url)) candidates.push(at);
  });
  if (listed !== null) candidates.push(listed);
  return candidates;
}

/**
 * A host's pattern as TrackerDB's engine names it for `https://<host>/`: every filter that matches,
 * then the patterns of the longest listed domain the host is under; of those, the one naming the
 * longest of the host's domains, the first on a tie.
 */
export function createTrackerMatcher(index: TrackerIndex): (host: string) => IndexedPattern | null {
  // Compiled on first need: most filters' literals rule out most hosts before their expression is wanted.
  const expressions = new Map<number, RegExp>();
  return (host) => {
    let best: IndexedPattern | null = null;
    for (const at of candidatesOf(index, expressions, host)) {
      const pattern = index.pattern(at);
      if (pattern && (!best || specificity(pattern, host) > specificity(best, host))) best = pattern;
    }
    return best;
  };
}
