/** The report's header: what was audited, when, with what, against which policy text. */
import type { Report, Severity } from '../../schema/report';
import { escapeHtml } from './escape';
import { formatUtc } from './observation-cells';
import { ORIGIN_NAMES, SEVERITY_NAMES, STATUS_NAMES, UI, type ReportLang } from './strings';

function row(label: string, valueHtml: string): string {
  return `<dt>${escapeHtml(label)}</dt><dd>${valueHtml}</dd>`;
}

export function reportHeader(report: Report, lang: ReportLang): string {
  const { site, policy } = report;
  const policyRows = policy
    ? row(UI.policySource[lang], `${escapeHtml(policy.source)} <span class="badge sev-info">${escapeHtml(ORIGIN_NAMES[policy.origin][lang])}</span>`)
      + row(UI.policyHash[lang], `<span class="hash">${escapeHtml(policy.sha256)}</span>`)
    : row(UI.policySource[lang], escapeHtml(UI.noPolicy[lang]));
  return `<header>
<h1>${escapeHtml(UI.title[lang])}: ${escapeHtml(site.host)}</h1>
<p class="subtitle">${escapeHtml(UI.subtitle[lang])}</p>
<dl class="meta">
${row(UI.site[lang], escapeHtml(site.url))}
${row(UI.auditedAt[lang], `${escapeHtml(formatUtc(site.auditedAt))} UTC`)}
${row(UI.tool[lang], `${escapeHtml(site.tool.name)} ${escapeHtml(site.tool.version)}`)}
${row(UI.browser[lang], escapeHtml(site.browser))}
${policyRows}
${row(UI.integrity[lang], `<span class="hash">${escapeHtml(report.integrity.sha256)}</span>`)}
</dl>
</header>`;
}

const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low', 'info'];

/** Issues counted by severity, then how many were consistent and declared but not seen. */
export function verdictLine(report: Report, lang: ReportLang): string {
  const issues = report.findings.filter((f) => f.status !== 'consistent' && f.status !== 'not_observed');
  const badges = SEVERITIES.map((s) =>
    `<span class="badge sev-${s}">${escapeHtml(SEVERITY_NAMES[s][lang])}: ${issues.filter((f) => f.severity === s).length}</span>`);
  const consistent = report.findings.filter((f) => f.status === 'consistent').length;
  const notObserved = report.findings.filter((f) => f.status === 'not_observed').length;
  return `<div class="verdict"><strong>${escapeHtml(UI.verdict[lang])}:</strong>${badges.join('')}
<span>· ${escapeHtml(STATUS_NAMES.consistent[lang])}: ${consistent}</span>
<span>· ${escapeHtml(STATUS_NAMES.not_observed[lang])}: ${notObserved}</span></div>`;
}
