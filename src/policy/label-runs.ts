/**
 * Runs of label lines: an app store's data-safety block sets «Personal info», «Name», «Other info» as
 * short lines without a full stop under a line that says what they are («Data collected», «Data this
 * app may collect»). That line is no list lead (it has no colon), yet the lines under it are its items.
 * A run counts as a list of data once a line in it names typed data («Name», «Phone number»): a menu of
 * section titles («Сбор данных», «Дополнительная информация») names none.
 */
import { categoryInfo } from '../categories';
import { isSpaceCode } from './char-classes';
import type { Statement } from './statements';
import type { TermMatch } from './term-matches';

/** Long enough for «Location Approximate location (optional) · App functionality, Fraud prevention, security, and compliance». */
const MAX_LABEL_WORDS = 20;
/** Closing quotes and brackets («"», «»», «”», «)», «]») are skipped to find a statement's last mark. */
function isCloser(code: number): boolean {
  return code === 0x22 || code === 0xbb || code === 0x201d || code === 0x29 || code === 0x5d;
}

/** «.», «!», «?», «;», «:». */
function isClosingMark(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x3b || code === 0x3a;
}

/** Read by char code, without slicing: most statements close with a full stop and are passed over at once. */
export function isLabelLine(analysis: string, statement: Statement): boolean {
  let last = statement.end - 1;
  while (last > statement.start && isCloser(analysis.charCodeAt(last))) last -= 1;
  if (isClosingMark(analysis.charCodeAt(last))) return false;
  let words = 1;
  for (let i = statement.start + 1; i < statement.end && words <= MAX_LABEL_WORDS; i += 1) {
    if (isSpaceCode(analysis.charCodeAt(i - 1)) && !isSpaceCode(analysis.charCodeAt(i))) words += 1;
  }
  return words <= MAX_LABEL_WORDS;
}

function namesTypedData(matches: readonly TermMatch[]): boolean {
  return matches.some((match) => !match.generic && categoryInfo(match.category).section === 'typed');
}

/**
 * For each statement in a run of label lines, where the run starts, once a line before it named typed data
 * (-1 otherwise): the lines before it in the run are what it is listed under. A sentence that closes with a
 * full stop, a list, or a heading between two lines ends the run. The caller reads those lines only when it needs them.
 */
export function runStarts(analysis: string, statements: readonly Statement[], matches: readonly (readonly TermMatch[])[]): number[] {
  let start = -1;
  let listsData = false;
  let previousBlock = -1;
  return statements.map((statement, index) => {
    const continues = statement.blockIndex <= previousBlock + 1;
    previousBlock = statement.blockIndex;
    if (statement.role !== 'sentence' || !isLabelLine(analysis, statement)) {
      start = -1;
      return -1;
    }
    if (!continues || start < 0) {
      start = statement.start;
      listsData = false;
    }
    const current = listsData && start < statement.start ? start : -1;
    listsData ||= namesTypedData(matches[index] ?? []);
    return current;
  });
}
