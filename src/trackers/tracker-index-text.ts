/**
 * The tracker table's shipped form: plain text in four sections, hosts sorted, so that a waking worker
 * only decodes the file and answers a host by binary search over it. Parsing the same table as JSON and
 * building its maps cost a worker about 20 ms of every wake, before it could record anything.
 *
 *   #tracker-index 2
 *   #organizations    name TAB country
 *   #patterns         key TAB name TAB category TAB organization index TAB listed domains (space-separated)
 *   #hosts            host TAB filter pattern indices (comma-separated) TAB listed pattern index; sorted
 *   #url-filters      literal TAB pattern index TAB expression
 */
import { createLineSearch, lineFields, type LineSearch } from './line-search';

/** [name, country or null] */
export type IndexedOrganization = [string, string | null];
/** [key, name, category key or null, index into organizations or -1, the domains TrackerDB lists for it] */
export type IndexedPattern = [string, string, string | null, number, string[]];
/** The patterns a `||host^` filter names for the host, and the one that lists it as its own domain. */
export interface IndexedHost { filters: number[]; listed: number | null }
/** [a literal every matching address contains, pattern index, expression source over the whole address] */
export type IndexedUrlFilter = [string, number, string];

export interface TrackerTables {
  organizations: IndexedOrganization[];
  patterns: IndexedPattern[];
  hosts: Map<string, IndexedHost>;
  urlFilters: IndexedUrlFilter[];
}

export interface TrackerIndex {
  organization(at: number): IndexedOrganization | null;
  pattern(at: number): IndexedPattern | null;
  host(name: string): IndexedHost | null;
  urlFilters(): readonly IndexedUrlFilter[];
}

export type IndexCheck = { ok: true; index: TrackerIndex } | { ok: false; error: string };

const HEADER = '#tracker-index 2\n';
const SECTIONS = ['organizations', 'patterns', 'hosts', 'url-filters'] as const;

/** Fields are joined with tabs and lines with newlines, so neither may occur in one: that is a build fault. */
function field(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  if (/[\t\n\r]/u.test(text)) throw new Error(`tracker index: a tab or line break in ${JSON.stringify(text)}`);
  return text;
}

function section(name: string, rows: (string | number | null)[][]): string {
  return `#${name}\n${rows.map((row) => `${row.map(field).join('\t')}\n`).join('')}`;
}

export function writeTrackerIndex(tables: TrackerTables): string {
  // Sorted by UTF-16 code units, the order `<` compares in when the worker searches the lines.
  const hosts = [...tables.hosts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([host, entry]) => [host, entry.filters.join(','), entry.listed]);
  return HEADER
    + section('organizations', tables.organizations)
    + section('patterns', tables.patterns.map(([key, name, category, organization, domains]) => [key, name, category, organization, domains.map(field).join(' ')]))
    + section('hosts', hosts)
    + section('url-filters', tables.urlFilters);
}

function indexOrNull(text: string): number | null {
  return text === '' ? null : Number(text);
}

/** A shape check of the shipped file: it is the extension's own, so a broken one is a build fault, named as such. */
export function readTrackerIndex(text: unknown): IndexCheck {
  if (typeof text !== 'string' || !text.startsWith(HEADER)) return { ok: false, error: 'tracker index: not a tracker index' };
  const bounds: number[] = [];
  let from = HEADER.length;
  for (const name of SECTIONS) {
    const at = text.startsWith(`#${name}\n`, from) ? from : text.indexOf(`\n#${name}\n`, from) + 1;
    if (at <= 0) return { ok: false, error: `tracker index: no ${name} section` };
    bounds.push(at, at + name.length + 2);
    from = at + name.length + 2;
  }
  if (!text.endsWith('\n')) return { ok: false, error: 'tracker index: cut short' };
  const part = (at: number): [number, number] => [bounds[at * 2 + 1] ?? 0, bounds[at * 2 + 2] ?? text.length];
  const organizations = createLineSearch(text, ...part(0));
  const patterns = createLineSearch(text, ...part(1));
  const hosts = createLineSearch(text, ...part(2));
  let urlFilters: IndexedUrlFilter[] | null = null;
  return { ok: true, index: {
    organization: (at) => rowOf(organizations, at, ([name = '', country = '']) => [name, country || null]),
    pattern: (at) => rowOf(patterns, at, ([key = '', name = '', category = '', organization = '', domains = '']) =>
      [key, name, category || null, Number(organization || -1), domains ? domains.split(' ') : []]),
    host(name) {
      const line = hosts.find(name);
      if (line === null) return null;
      const [, filters = '', listed = ''] = lineFields(line);
      return { filters: filters ? filters.split(',').map(Number) : [], listed: indexOrNull(listed) };
    },
    urlFilters: () => (urlFilters ??= createLineSearch(text, ...part(3)).all().map((line) => {
      const [needle = '', at = '', expression = ''] = lineFields(line);
      return [needle, Number(at), expression];
    })),
  } };
}

function rowOf<T>(lines: LineSearch, at: number, read: (fields: string[]) => T): T | null {
  const line = lines.at(at);
  return line === null ? null : read(lineFields(line));
}
