/**
 * The part of Ghostery TrackerDB (CC-BY-NC-SA-4.0) the auditor needs, as a small table derived at build
 * time (`tracker-index-build.ts`): which operator runs a host. The worker used to load TrackerDB's whole
 * filter engine (1.8 MB, plus the adblocker library to read it) only to ask that question of
 * `https://<host>/`; the table answers it the same way for a fraction of the wake-up cost.
 */

/** [name, country or null] */
export type IndexedOrganization = [string, string | null];
/** [key, name, category key or null, index into organizations or -1, the domains TrackerDB lists for it] */
export type IndexedPattern = [string, string, string | null, number, string[]];

export interface TrackerIndex {
  version: 1;
  organizations: IndexedOrganization[];
  patterns: IndexedPattern[];
  /** Hosts a `||host^` filter names (the host and its subdomains): host → pattern indices. */
  filterHosts: Record<string, number[]>;
  /** Other filters that can match a bare `https://<host>/`, as [expression source, pattern index]. */
  urlFilters: Array<[string, number]>;
}

export type IndexCheck = { ok: true; index: TrackerIndex } | { ok: false; error: string };

/** A shape check of the shipped file: it is the extension's own, so a broken one is a build fault, named as such. */
export function checkTrackerIndex(value: unknown): IndexCheck {
  if (typeof value !== 'object' || value === null) return { ok: false, error: 'tracker index: not an object' };
  const fields = value as Partial<Record<keyof TrackerIndex, unknown>>;
  if (fields.version !== 1) return { ok: false, error: 'tracker index: unknown version' };
  if (!Array.isArray(fields.organizations) || !Array.isArray(fields.patterns) || !Array.isArray(fields.urlFilters)) {
    return { ok: false, error: 'tracker index: missing tables' };
  }
  if (typeof fields.filterHosts !== 'object' || fields.filterHosts === null) return { ok: false, error: 'tracker index: missing filter hosts' };
  return { ok: true, index: value as TrackerIndex };
}

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

/**
 * A host's pattern as TrackerDB's engine names it for `https://<host>/`: every filter that matches,
 * then the patterns of the longest listed domain the host is under; of those, the one naming the
 * longest of the host's domains, the first on a tie.
 */
export function createTrackerMatcher(index: TrackerIndex): (host: string) => IndexedPattern | null {
  const byDomain = new Map<string, number>();
  index.patterns.forEach((pattern, at) => { for (const domain of pattern[4]) byDomain.set(domain, at); });
  const filterHosts = new Map(Object.entries(index.filterHosts));
  const urlFilters = index.urlFilters.map(([source, at]) => [new RegExp(source, 'i'), at] as const);
  return (host) => {
    const candidates: number[] = [];
    const hostSuffixes = suffixes(host);
    for (const suffix of hostSuffixes) candidates.push(...(filterHosts.get(suffix) ?? []));
    const url = `https://${host}/`;
    for (const [expression, at] of urlFilters) if (expression.test(url)) candidates.push(at);
    const listed = hostSuffixes.find((suffix) => suffix.includes('.') && byDomain.has(suffix));
    if (listed !== undefined) candidates.push(byDomain.get(listed) ?? -1);
    let best: IndexedPattern | null = null;
    for (const at of candidates) {
      const pattern = index.patterns[at];
      if (pattern && (!best || specificity(pattern, host) > specificity(best, host))) best = pattern;
    }
    return best;
  };
}
