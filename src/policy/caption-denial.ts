/**
 * A caption that only says what may follow («Data that may be shared with other companies or
 * organisations», «Данные, которые могут передаваться третьим лицам», «Берілуі мүмкін деректер») is
 * answered by the line under it. An app store's data-safety block prints the caption whatever the answer:
 * when that line denies the same practice ("No data shared with third parties"), the caption declared nothing.
 */
import type { Declaration } from '../schema/policy';
import { lazyPattern } from './lazy';
import { isLabelLine } from './label-runs';
import type { Statement } from './statements';

/** What may happen, not what does. */
const MAY = lazyPattern(String.raw`(?<![\p{L}])(?:may|might|can|could|может|могут|мүмкін)(?![\p{L}])`, 'iu');

/** Each statement's declarations, a caption's less those the next statement denies. */
export function settleCaptionDenials(analysis: string, statements: readonly Statement[], perStatement: readonly Declaration[][]): Declaration[][] {
  return statements.map((statement, index) => {
    const own = perStatement[index] ?? [];
    const next = statements[index + 1];
    if (!next || next.blockIndex > statement.blockIndex + 1 || !own.some((d) => d.status === 'declared')) return own;
    const denied = new Set((perStatement[index + 1] ?? []).filter((d) => d.status === 'negated').map((d) => d.category));
    if (denied.size === 0 || !isLabelLine(analysis, statement) || !MAY().test(analysis.slice(statement.start, statement.end))) return own;
    return own.filter((d) => d.status !== 'declared' || !denied.has(d.category));
  });
}
