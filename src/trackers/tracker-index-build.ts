/**
 * Derives the worker's tracker table (`tracker-index.ts`) from TrackerDB's JSON export at build time.
 * Only what can match the request the worker asks about counts: a third-party XHR to `https://<host>/`
 * from an unrelated page. Filters for paths, first-party or other request types, element hiding and
 * exceptions can never match it and are left out.
 */
import { writeTrackerIndex, type IndexedOrganization, type IndexedHost, type IndexedPattern, type IndexedUrlFilter } from './tracker-index-text';

export interface TrackerDbExport {
  organizations: Record<string, { name: string; country?: string | null }>;
  patterns: Record<string, { name: string; category?: string | null; organization?: string | null; domains?: string[]; filters?: string[] }>;
}

/** A host a `||host^` filter names, or an expression with a literal every address it matches contains. */
type FilterRule = { host: string } | { expression: string; needle: string };

/** Options a third-party XHR from an unrelated page satisfies; any other option rules the filter out. */
function optionsAllow(options: string): boolean {
  return options.split(',').every((option) => ['3p', 'third-party', 'xhr', 'xmlhttprequest', 'important'].includes(option)
    || (option.startsWith('domain=') && option.slice(7).split('|').every((entry) => entry.startsWith('~'))));
}

/** Adblock pattern syntax as an expression over the whole URL. */
function patternExpression(pattern: string): string {
  let body = pattern;
  let prefix = '';
  if (body.startsWith('||')) { prefix = String.raw`^[a-z]+://(?:[^/?#]*\.)?`; body = body.slice(2); }
  else if (body.startsWith('|')) { prefix = '^'; body = body.slice(1); }
  let suffix = body.endsWith('|') ? '$' : '';
  if (suffix) body = body.slice(0, -1);
  // TrackerDB's engine reads a bare `||host` as whole labels: `||tctm.co` covers tctm.co.uk, not tctm.com.
  else if (prefix.startsWith('^[') && /^[a-z0-9.-]*[a-z0-9-]$/u.test(body)) suffix = '(?![a-z0-9-])';
  const translated = [...body].map((char) => {
    if (char === '*') return '.*';
    if (char === '^') return String.raw`(?:[^\w.%-]|$)`;
    return char.replace(/[.+?$(){}[\]\\/|]/gu, (special) => `\\${special}`);
  }).join('');
  return `${prefix}${translated}${suffix}`;
}

/**
 * A path after the host: `https://<host>/` has nothing after the slash that ends the host, so such a
 * filter never matches it. An unanchored leading slash can still be the one before the host («/onetrust.»).
 */
function needsPath(pattern: string): boolean {
  const hostPart = pattern.replace(/^\|?https?:\/\//u, '').replace(/^\/(?!\/)/u, '');
  return /\/[^*^|]/u.test(hostPart);
}

function filterRule(filter: string): FilterRule | null {
  if (filter.startsWith('@@') || filter.startsWith('!') || /#[@?$]?#/u.test(filter)) return null;
  // A regular-expression filter is written between slashes; the paths it names rule it out here.
  if (filter.startsWith('/') && /\/(?:\$[^/]*)?$/u.test(filter)) return null;
  const dollar = filter.lastIndexOf('$');
  const pattern = dollar === -1 ? filter : filter.slice(0, dollar);
  if (dollar !== -1 && !optionsAllow(filter.slice(dollar + 1))) return null;
  if (pattern === '' || needsPath(pattern)) return null;
  const plainHost = /^\|\|([a-z0-9.-]+)\^$/u.exec(pattern);
  return plainHost?.[1] ? { host: plainHost[1] } : { expression: patternExpression(pattern), needle: longestLiteral(pattern) };
}

/**
 * Everything but `*`, `^` and the `|` anchors stands for itself, so each literal run appears in every address
 * the filter matches: the longest one lets the worker skip the filter's expression for almost every host.
 */
function longestLiteral(pattern: string): string {
  return pattern.toLowerCase().split(/[*^|]/u).reduce((longest, run) => (run.length > longest.length ? run : longest), '');
}

function entryOf(hosts: Map<string, IndexedHost>, host: string): IndexedHost {
  const known = hosts.get(host);
  if (known) return known;
  const entry: IndexedHost = { filters: [], listed: null };
  hosts.set(host, entry);
  return entry;
}

/** The table as the text the worker reads (`tracker-index-text.ts`). */
export function buildTrackerIndex(db: TrackerDbExport): string {
  const organizationKeys = Object.keys(db.organizations);
  const organizationAt = new Map(organizationKeys.map((key, at) => [key, at]));
  const organizations: IndexedOrganization[] = organizationKeys.map((key) => [db.organizations[key]?.name ?? key, db.organizations[key]?.country ?? null]);
  const patterns: IndexedPattern[] = [];
  const hosts = new Map<string, IndexedHost>();
  const urlFilters: IndexedUrlFilter[] = [];
  for (const [key, pattern] of Object.entries(db.patterns)) {
    const at = patterns.length;
    patterns.push([key, pattern.name, pattern.category ?? null, organizationAt.get(pattern.organization ?? '') ?? -1, pattern.domains ?? []]);
    // A domain listed by two patterns belongs to the later one, as TrackerDB's engine reads its export.
    for (const domain of pattern.domains ?? []) entryOf(hosts, domain).listed = at;
    for (const filter of pattern.filters ?? []) {
      const rule = filterRule(filter);
      if (rule && 'host' in rule) entryOf(hosts, rule.host).filters.push(at);
      else if (rule) urlFilters.push([rule.needle, at, rule.expression]);
    }
  }
  return writeTrackerIndex({ organizations, patterns, hosts, urlFilters });
}
