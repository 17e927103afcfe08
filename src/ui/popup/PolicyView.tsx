/** The site's policy as the parser read it: each declared category with its quote and section. */
import { categoryInfo } from '../../categories';
import { sectionLabel } from '../../report/html/strings';
import type { PolicyState } from '../../schema/audit-view';
import type { UiLanguage } from '../i18n/language';
import { t } from '../i18n/strings';

export function PolicyView({ policy, lang }: { policy: PolicyState; lang: UiLanguage }) {
  if (policy.status === 'unknown') return <p class="empty" data-testid="no-policy">{t(lang, 'noPolicy')}</p>;
  if (policy.status === 'unreadable') {
    return <p role="alert" class="error">{t(lang, 'policyUnreadable')}: {policy.message} ({policy.source})</p>;
  }
  const { declarations, source, sha256, languages } = policy.policy;
  return (
    <section data-testid="policy">
      <p class="meta">{source} · {languages.join('+')} · SHA-256 {sha256.slice(0, 12)}… · {declarations.length} {t(lang, 'declarations')}</p>
      <ul class="declarations">
        {declarations.map((d, i) => (
          <li key={i} data-category={d.category} data-status={d.status}>
            <strong>{categoryInfo(d.category).label[lang]}</strong> <span class={`tag st-${d.status}`}>{d.status}</span>
            <div><span class="section">{sectionLabel(d.section, lang)}</span> <q>{d.quote}</q></div>
          </li>
        ))}
      </ul>
    </section>
  );
}
