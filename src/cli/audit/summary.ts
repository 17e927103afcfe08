/**
 * The console view of a run: one line per site and a closing table. Counted are the findings that
 * are problems (undeclared, vague, contradicted); consistent and not-observed ones are in the reports.
 */
import type { Finding, Report, RuleId, Severity } from '../../schema/report';
import type { Lang } from './args';

export interface SiteSummary { high: number; medium: number; low: number; top: Finding | null }
export type SummaryRow = { host: string; ok: true; summary: SiteSummary } | { host: string; ok: false; message: string };

const RANK: Readonly<Record<Severity, number>> = { high: 0, medium: 1, low: 2, info: 3 };
/** Among equally severe findings, the one a reader should see first: data leaving, then broken promises. */
const RULE_ORDER: readonly RuleId[] = [
  'form_data_leak', 'insecure_transmission', 'undeclared_collection', 'undeclared_third_party', 'undeclared_cross_border',
  'undeclared_advertising', 'permission_without_gesture', 'prechecked_consent', 'undeclared_analytics', 'vague_declaration',
  'declared_not_observed',
];
const TOP_WIDTH = 72;

export function isIssue(finding: Finding): boolean {
  return finding.status === 'undeclared' || finding.status === 'vague' || finding.status === 'contradicted';
}

export function summarise(report: Report): SiteSummary {
  const issues = report.findings.filter(isIssue);
  const count = (severity: Severity) => issues.filter((f) => f.severity === severity).length;
  const top = [...issues].sort((a, b) => RANK[a.severity] - RANK[b.severity]
    || RULE_ORDER.indexOf(a.rule) - RULE_ORDER.indexOf(b.rule))[0] ?? null;
  return { high: count('high'), medium: count('medium'), low: count('low'), top };
}

function clipText(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= width ? flat : `${flat.slice(0, width - 1)}…`;
}

export function topMessage(summary: SiteSummary, lang: Lang): string {
  return summary.top ? clipText(summary.top.message[lang], TOP_WIDTH) : 'no problems found';
}

export function policyNote(report: Report): string {
  if (report.policy === null) return 'no policy known: attach one with --policy FILE';
  return `policy ${report.policy.origin}`;
}

export function siteLine(host: string, report: Report, lang: Lang): string {
  const s = summarise(report);
  return `${host}: ${s.high} high, ${s.medium} medium, ${s.low} low; ${policyNote(report)}; top: ${topMessage(s, lang)}`;
}

export function summaryTable(rows: readonly SummaryRow[], lang: Lang): string {
  const cells = rows.map((row) => (row.ok
    ? [row.host, String(row.summary.high), String(row.summary.medium), String(row.summary.low), topMessage(row.summary, lang)]
    : [row.host, '-', '-', '-', `NOT AUDITED: ${clipText(row.message, TOP_WIDTH - 13)}`]));
  const all = [['site', 'high', 'medium', 'low', 'top finding'], ...cells];
  const widths = [0, 1, 2, 3].map((col) => Math.max(...all.map((r) => (r[col] ?? '').length)));
  const line = (r: readonly string[]) => r.map((cell, col) => {
    const width = widths[col];
    if (width === undefined) return cell;
    return col === 0 ? cell.padEnd(width) : cell.padStart(width);
  }).join('  ');
  return all.map(line).join('\n');
}
