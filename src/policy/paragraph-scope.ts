/**
 * Statements are classified one at a time, but a paragraph can qualify its own sentences:
 * - a run-in heading («Жарнама.», «Рекламные:», "Marketing.") only names the topic; when the body
 *   speaks of the same category, the body's own status counts, not the bare heading's;
 * - an exclusive condition («только если вы нажали…», "only if you switch on…", «… жағдайда ғана»)
 *   restricts the practice wherever the same paragraph names it.
 */
import type { CategoryId } from '../categories';
import type { Declaration } from '../schema/policy';
import { lazyPattern } from './lazy';
import type { Statement } from './statements';

const MAX_HEADING_WORDS = 3;
const EXCLUSIVE = lazyPattern(String.raw`(?<![\p{L}])(?:только|лишь|исключительно|only|solely|ғана|тек)(?![\p{L}])`, 'iu');

function isRunInHeading(text: string): boolean {
  const words = text.replace(/[.:]+$/u, '').trim().split(/\s+/u);
  return /[.:]$/u.test(text) && words.length <= MAX_HEADING_WORDS;
}

/** Index ranges of consecutive statements that share a paragraph. */
function paragraphs(statements: readonly Statement[]): number[][] {
  const groups: number[][] = [];
  statements.forEach((statement, index) => {
    const last = groups[groups.length - 1];
    const previous = last?.[last.length - 1];
    if (last && previous !== undefined && statements[previous]?.blockIndex === statement.blockIndex) last.push(index);
    else groups.push([index]);
  });
  return groups;
}

function dropHeadingRepeats(group: readonly number[], perStatement: Declaration[][], headingText: string): void {
  const [first, ...rest] = group;
  if (first === undefined || rest.length === 0 || !isRunInHeading(headingText)) return;
  const inBody = new Set<CategoryId>(rest.flatMap((index) => (perStatement[index] ?? []).map((d) => d.category)));
  perStatement[first] = (perStatement[first] ?? []).filter((d) => !inBody.has(d.category));
}

function spreadExclusiveConditions(group: readonly number[], perStatement: Declaration[][]): void {
  const exclusive = new Map<CategoryId, string>();
  for (const index of group) {
    for (const d of perStatement[index] ?? []) {
      if (d.status === 'conditional' && d.condition && EXCLUSIVE().test(d.condition) && !exclusive.has(d.category)) exclusive.set(d.category, d.condition);
    }
  }
  if (exclusive.size === 0) return;
  for (const index of group) {
    perStatement[index] = (perStatement[index] ?? []).map((d) => {
      const condition = exclusive.get(d.category);
      return d.status === 'declared' && condition ? { ...d, status: 'conditional', condition } : d;
    });
  }
}

/** Applies both paragraph rules to the per-statement declarations (same order as `statements`). */
export function applyParagraphScope(analysis: string, statements: readonly Statement[], perStatement: Declaration[][]): Declaration[] {
  const adjusted = perStatement.map((list) => [...list]);
  for (const group of paragraphs(statements)) {
    const first = group[0] === undefined ? undefined : statements[group[0]];
    if (first) dropHeadingRepeats(group, adjusted, analysis.slice(first.start, first.end));
    spreadExclusiveConditions(group, adjusted);
  }
  return adjusted.flat();
}
