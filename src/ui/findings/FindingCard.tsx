/** One finding, expandable to its evidence on both sides: the policy's words (or silence) and what was seen. */
import { useState } from 'preact/hooks';
import { categoryInfo } from '../../categories';
import { RULE_NAMES, SEVERITY_NAMES, STATUS_NAMES, sectionLabel } from '../../report/html/strings';
import type { Observation } from '../../schema/observation';
import type { Finding } from '../../schema/report';
import type { UiLanguage } from '../i18n/language';
import { t } from '../i18n/strings';
import { findingAnchor } from './anchor';
import { ObservationLine } from './ObservationLine';

interface Props { finding: Finding; observations: ReadonlyMap<string, Observation>; lang: UiLanguage; open?: boolean }

/** Who received the data, named in the title so findings about different operators are told apart. */
function recipientsOf(observations: readonly Observation[]): string {
  const names = new Set<string>();
  for (const o of observations) {
    const party = o.thirdParty;
    if (party) names.add(`${party.organization ?? party.domain}${party.country ? ` (${party.country})` : ''}`);
  }
  const list = [...names];
  return list.length > 3 ? `${list.slice(0, 3).join(', ')} +${list.length - 3}` : list.join(', ');
}

export function FindingCard({ finding, observations, lang, open = false }: Props) {
  const [expanded, setExpanded] = useState(open);
  const seen = finding.observationIds.flatMap((id) => observations.get(id) ?? []);
  const bodyId = `${findingAnchor(finding.id)}-body`;
  const recipients = recipientsOf(seen);
  return (
    <article class={`finding sev-${finding.severity}`} data-rule={finding.rule} data-category={finding.category}
      data-severity={finding.severity}>
      <button type="button" class="finding-head" aria-expanded={expanded} aria-controls={bodyId} onClick={() => setExpanded(!expanded)}>
        <span class={`badge sev-${finding.severity}`}>{SEVERITY_NAMES[finding.severity][lang]}</span>
        <span class="finding-title">
          {RULE_NAMES[finding.rule][lang]} · {categoryInfo(finding.category).label[lang]}
          {recipients ? <span class="recipients"> → {recipients}</span> : null}
        </span>
        <span class="status">{STATUS_NAMES[finding.status][lang]}</span>
      </button>
      {expanded ? (
        <div id={bodyId} class="finding-body">
          <p class="message">{finding.message[lang]}</p>
          <h4>{t(lang, 'policySays')}</h4>
          {finding.policyQuotes.length > 0 ? (
            <ul class="quotes">
              {finding.policyQuotes.map((q, i) => (
                <li key={i}><span class="section">{sectionLabel(q.section, lang)}</span> <q>{q.quote}</q></li>
              ))}
            </ul>
          ) : <p class="silent">{t(lang, finding.policySilent ? 'policySilent' : 'policyNotApplicable')}</p>}
          {seen.length > 0 ? <h4>{t(lang, 'siteDid')} ({seen.length})</h4> : null}
          <ul class="observations">
            {seen.slice(0, 20).map((o) => <ObservationLine key={o.id} observation={o} lang={lang} />)}
          </ul>
        </div>
      ) : null}
    </article>
  );
}
