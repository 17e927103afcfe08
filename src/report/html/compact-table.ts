/**
 * Consistent and declared-but-not-observed findings as one table: they are listed for completeness,
 * not argued, so they get a row each instead of a card (their observations are in the appendix).
 */
import { categoryInfo } from '../../categories';
import type { Finding } from '../../schema/report';
import { escapeHtml } from './escape';
import { SEVERITY_NAMES, UI, sectionLabel, type ReportLang } from './strings';

function quoteCell(finding: Finding, lang: ReportLang): string {
  return finding.policyQuotes
    .map((q) => `<div><b>${escapeHtml(sectionLabel(q.section, lang))}</b> <i>${escapeHtml(q.quote)}</i></div>`)
    .join('');
}

function compactRow(finding: Finding, lang: ReportLang): string {
  // A consistent finding above info is one whose policy also denies the category: make it visible.
  const flag = finding.severity === 'info' ? '' : ` <span class="badge sev-${finding.severity}">${escapeHtml(SEVERITY_NAMES[finding.severity][lang])}</span>`;
  return `<tr><td><b>${escapeHtml(categoryInfo(finding.category).label[lang])}</b>${flag}</td>`
    + `<td>${escapeHtml(finding.message[lang])}</td><td>${quoteCell(finding, lang)}</td></tr>`;
}

export function compactTable(findings: readonly Finding[], lang: ReportLang): string {
  const head = `<thead><tr><th class="c-category">${escapeHtml(UI.category[lang])}</th>`
    + `<th>${escapeHtml(UI.finding[lang])}</th><th class="c-quote">${escapeHtml(UI.policyWords[lang])}</th></tr></thead>`;
  return `<table class="compact">${head}<tbody>${findings.map((f) => compactRow(f, lang)).join('')}</tbody></table>`;
}
