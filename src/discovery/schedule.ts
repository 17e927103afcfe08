/**
 * When a page reports its links, whether to search for the site's policy now: never twice at once,
 * again when the site's pages offered a link not seen before or the last search found the parser
 * unreachable, and otherwise at most every few hours (a found policy is then re-fetched to see whether
 * its text changed).
 */
import type { SearchState } from '../storage/discovery-store';

/** A search still «running» after this long was cut short by the worker stopping. */
export const STALE_SEARCH_MS = 2 * 60 * 1000;
export const RECHECK_AFTER_MS = 6 * 60 * 60 * 1000;

export type SearchPlan = 'none' | 'discover' | 'recheck';

export interface ScheduleInput {
  search: SearchState | null;
  /** When the discovered policy in store was last fetched; null when none is stored. */
  storedCheckedAt: string | null;
  addedLinks: number;
  now: Date;
}

const age = (iso: string, now: Date): number => now.getTime() - Date.parse(iso);

/** A search the parser could not answer for says nothing about the site's documents. */
function parserWasDown(search: SearchState): boolean {
  return search.status === 'not-found' && search.tried.some((attempt) => attempt.problem.code === 'parser_unavailable');
}

export function planSearch({ search, storedCheckedAt, addedLinks, now }: ScheduleInput): SearchPlan {
  if (search?.status === 'searching' && age(search.startedAt, now) < STALE_SEARCH_MS) return 'none';
  if (storedCheckedAt !== null) return age(storedCheckedAt, now) >= RECHECK_AFTER_MS ? 'recheck' : 'none';
  if (!search || search.status === 'searching' || search.status === 'found') return 'discover';
  return addedLinks > 0 || parserWasDown(search) || age(search.at, now) >= RECHECK_AFTER_MS ? 'discover' : 'none';
}
