/** One observation as evidence: when, where (frame), what (URL or field), and who received it. */
import { observationSubject } from '../../report/html/observation-cells';
import type { Observation } from '../../schema/observation';
import type { UiLanguage } from '../i18n/language';
import { t } from '../i18n/strings';

export function ObservationLine({ observation: o, lang }: { observation: Observation; lang: UiLanguage }) {
  const party = o.thirdParty;
  return (
    <li class="observation">
      <code class="subject">{observationSubject(o)}</code>
      <div class="meta">
        <time dateTime={o.at}>{o.at.slice(11, 19)}</time> · {o.frameUrl === o.pageUrl ? o.pageUrl : `${t(lang, 'frame')}: ${o.frameUrl}`}
        {party ? ` · ${party.domain} — ${party.organization ?? t(lang, 'unknownOperator')}${party.country ? ` (${party.country})` : ''}` : ''}
      </div>
    </li>
  );
}
