/**
 * A practice named in one clause and restricted by a demonstrative in the next: «Часть партнёров обрабатывает данные за
 * пределами Казахстана; такая передача происходит лишь при вашем согласии», "…on servers abroad; such transfers happen
 * only with your consent", «…; мұндай беру тек келісіміңізбен жүзеге асады». «Такая», "such", «мұндай» point back at what
 * the clause before named, so its exclusive condition restricts that.
 */
import { lazyPattern } from '../lazy';
import { findCondition } from './condition';

const POINTS_BACK = lazyPattern(String.raw`^\s*(?:так(?:ая|ой|ое|ие|ую)|эт(?:а|от|о|и|у)|such|this|these|that|мұндай|бұл|осындай)(?![\p{L}])`, 'iu');
const RELATIVE = lazyPattern(String.raw`(?<![\p{L}])(?:which|whom|котор\p{L}*)(?![\p{L}])`, 'iu');
const EXCLUSIVE = lazyPattern(String.raw`(?<![\p{L}])(?:только|лишь|исключительно|only|solely|ғана|тек)(?![\p{L}])`, 'iu');

/** The condition of the clause after the one at `position` (past the next semicolon) when it restricts it, or null. */
export function restrictedAfter(text: string, position: number): string | null {
  const semicolon = text.indexOf(';', position);
  if (semicolon < 0) return null;
  const next = text.indexOf(';', semicolon + 1);
  const clause = text.slice(semicolon + 1, next < 0 ? text.length : next);
  const exclusive = POINTS_BACK().test(clause) ? EXCLUSIVE().exec(clause) : null;
  // "this relies on pixels, which we place only after…": the relative clause restricts the pixels, not the practice.
  if (!exclusive || RELATIVE().test(clause.slice(0, exclusive.index))) return null;
  return findCondition(clause);
}
