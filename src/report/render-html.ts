/**
 * The printable audit document: self-contained HTML (inline CSS, no script, no external resource)
 * that prints to clean A4 pages. Every report string is escaped — the audited site wrote many of them.
 */
import type { Report, Severity } from '../schema/report';
import { compactTable } from './html/compact-table';
import { escapeHtml } from './html/escape';
import { findingCard, type CardContext } from './html/finding-card';
import { reportHeader, verdictLine } from './html/header';
import { observationLog } from './html/observation-table';
import { SEVERITY_NAMES, UI, type ReportLang } from './html/strings';
import { REPORT_CSS } from './html/styles';

export interface RenderOptions {
  lang?: ReportLang;
  /** A PNG/JPEG/WebP data URL of the audited page; anything else is ignored. */
  screenshotDataUrl?: string;
}

const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low', 'info'];
const SAFE_IMAGE = /^data:image\/(?:png|jpeg|webp);base64,[A-Za-z0-9+/]+={0,2}$/;

function section(title: string, body: string, className = ''): string {
  return `<section${className ? ` class="${className}"` : ''}><h2>${escapeHtml(title)}</h2>${body}</section>`;
}

function issuesSection(report: Report, ctx: CardContext): string {
  const issues = report.findings.filter((f) => f.status !== 'consistent' && f.status !== 'not_observed');
  if (issues.length === 0) return section(UI.issues[ctx.lang], `<p>${escapeHtml(UI.noIssues[ctx.lang])}</p>`);
  const groups = SEVERITIES.flatMap((severity) => {
    const group = issues.filter((f) => f.severity === severity);
    if (group.length === 0) return [];
    return [`<h3>${escapeHtml(SEVERITY_NAMES[severity][ctx.lang])} (${group.length})</h3>${group.map((f) => findingCard(f, ctx)).join('\n')}`];
  });
  return section(UI.issues[ctx.lang], groups.join('\n'));
}

function statusSection(report: Report, lang: ReportLang, status: 'consistent' | 'not_observed', title: string): string {
  const findings = report.findings.filter((f) => f.status === status);
  return findings.length === 0 ? '' : section(title, compactTable(findings, lang));
}

function screenshotSection(dataUrl: string | undefined, lang: ReportLang): string {
  if (dataUrl === undefined || !SAFE_IMAGE.test(dataUrl)) return '';
  return section(UI.screenshot[lang], `<img class="screenshot" alt="" src="${escapeHtml(dataUrl)}">`);
}

export function renderReportHtml(report: Report, options: RenderOptions = {}): string {
  const lang = options.lang ?? 'ru';
  const ctx: CardContext = {
    lang,
    observationsById: new Map(report.observations.map((o) => [o.id, o])),
    policyKnown: report.policy !== null,
  };
  const title = `${UI.title[lang]}: ${report.site.host}`;
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
${reportHeader(report, lang)}
${verdictLine(report, lang)}
${issuesSection(report, ctx)}
${statusSection(report, lang, 'consistent', UI.consistent[lang])}
${statusSection(report, lang, 'not_observed', UI.notObserved[lang])}
${screenshotSection(options.screenshotDataUrl, lang)}
${section(UI.appendix[lang], observationLog(report.observations, lang), 'appendix')}
<footer>${escapeHtml(report.site.tool.name)} ${escapeHtml(report.site.tool.version)} · ${escapeHtml(UI.integrity[lang])}: <span class="hash">${escapeHtml(report.integrity.sha256)}</span></footer>
</main>
</body>
</html>
`;
}
