/**
 * An app store's data-safety block names each data type twice: in a summary line («Name, Email address, User IDs and
 * Other info», "Location, Personal info and 5 others") and in the type's own row, which carries the store's marker
 * ("Email address · Optional", «Имя · Обязательно»). The row says whether the type must be given; the summary and
 * caption lines without a marker only point at it, as a reference mention does (reference-mentions.ts).
 */
import { lazyPattern } from './lazy';
import { isLabelLine } from './label-runs';
import type { Statement } from './statements';

const MARKER = String.raw`·\s*(?:required|optional|обязательно|необязательно|міндетті(?:\s+емес)?)`;
const ROW_MARKER = lazyPattern(String.raw`${MARKER}\s*$`, 'iu');
const ANY_MARKER = lazyPattern(MARKER, 'iu');

/** Whether the text has rows with the store's marker; the middle dot is looked for first, as most texts have none. */
export function hasMarkedRows(analysis: string): boolean {
  return analysis.includes('·') && ANY_MARKER().test(analysis);
}

/** A line of the block that names types without the row marker: a summary or a caption. */
export function isUnmarkedListing(analysis: string, statement: Statement): boolean {
  return isLabelLine(analysis, statement) && !ROW_MARKER().test(analysis.slice(statement.start, statement.end));
}
