/** One finding as a printed card: rule, status, message, the policy's words (or its silence), evidence. */
import { categoryInfo } from '../../categories';
import type { Observation } from '../../schema/observation';
import type { Finding } from '../../schema/report';
import { escapeHtml } from './escape';
import { evidenceTable } from './observation-table';
import { RULE_NAMES, SEVERITY_NAMES, STATUS_NAMES, UI, sectionLabel, silenceStatement, type ReportLang } from './strings';

export interface CardContext {
  lang: ReportLang;
  observationsById: ReadonlyMap<string, Observation>;
  policyKnown: boolean;
}

function policyEvidence(finding: Finding, ctx: CardContext): string {
  const { lang } = ctx;
  if (finding.policyQuotes.length > 0) {
    return finding.policyQuotes.map((q) =>
      `<blockquote class="quote"><span class="section">${escapeHtml(sectionLabel(q.section, lang))}</span>${escapeHtml(q.quote)}</blockquote>`).join('');
  }
  if (finding.rule === 'prechecked_consent') return `<p class="silence">${escapeHtml(UI.policyIndependent[lang])}</p>`;
  if (!ctx.policyKnown) return `<p class="silence">${escapeHtml(UI.policyUnknown[lang])}</p>`;
  // A leaked form value is judged against what the policy says about sharing, not about the field.
  const topic = finding.rule === 'form_data_leak' ? 'third_party_sharing' : finding.category;
  return `<p class="silence">${escapeHtml(silenceStatement(categoryInfo(topic).label[lang], lang))}</p>`;
}

export function findingCard(finding: Finding, ctx: CardContext): string {
  const { lang } = ctx;
  const observations = finding.observationIds.flatMap((id) => ctx.observationsById.get(id) ?? []);
  return `<article class="card sev-${escapeHtml(finding.severity)}">
<div class="card-head"><span class="badge sev-${escapeHtml(finding.severity)}">${escapeHtml(SEVERITY_NAMES[finding.severity][lang])}</span>
<span class="rule">${escapeHtml(RULE_NAMES[finding.rule][lang])}</span>
<span class="status">${escapeHtml(STATUS_NAMES[finding.status][lang])}</span>
<span class="category">· ${escapeHtml(categoryInfo(finding.category).label[lang])}</span></div>
<p class="message">${escapeHtml(finding.message[lang])}</p>
${policyEvidence(finding, ctx)}
${evidenceTable(observations, lang)}
<div class="id">${escapeHtml(finding.id)}</div>
</article>`;
}
