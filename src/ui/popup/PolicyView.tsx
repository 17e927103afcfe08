/** The site's policy as the parser read it: where it came from, then each declared category with its quote and section. */
import { categoryInfo } from '../../categories';
import { sectionLabel } from '../../report/html/strings';
import type { PolicyState } from '../../schema/audit-view';
import type { UiLanguage } from '../i18n/language';
import { t } from '../i18n/strings';
import { PolicySource } from './PolicySource';

/** The document a declaration came from, when the policy merges several: its path is enough to tell them apart. */
function documentOf(source: string | undefined): string | null {
  if (!source) return null;
  try {
    return new URL(source).pathname;
  } catch {
    return source;
  }
}

export function PolicyView({ policy, lang, onCheck }: { policy: PolicyState; lang: UiLanguage; onCheck: () => void }) {
  if (policy.status === 'unreadable') {
    return <p role="alert" class="error">{t(lang, 'policyUnreadable')}: {policy.message} ({policy.source})</p>;
  }
  if (policy.status === 'searching') return <p class="empty" data-testid="no-policy">{t(lang, 'searchingPolicy')}</p>;
  if (policy.status !== 'known') return <p class="empty" data-testid="no-policy">{t(lang, 'noPolicy')}</p>;
  const { declarations, source, sha256, languages } = policy.policy;
  const merged = (policy.version?.parts.length ?? 0) > 1;
  return (
    <section data-testid="policy">
      <PolicySource policy={policy} lang={lang} onCheck={onCheck} />
      <p class="meta">{source} · {languages.join('+')} · SHA-256 {sha256.slice(0, 12)}… · {declarations.length} {t(lang, 'declarations')}</p>
      <ul class="declarations">
        {declarations.map((d, i) => (
          <li key={i} data-category={d.category} data-status={d.status} data-source={d.source}>
            <strong>{categoryInfo(d.category).label[lang]}</strong> <span class={`tag st-${d.status}`}>{d.status}</span>
            {merged && d.source ? <span class="meta"> {documentOf(d.source)}</span> : null}
            <div><span class="section">{sectionLabel(d.section, lang)}</span> <q>{d.quote}</q></div>
          </li>
        ))}
      </ul>
    </section>
  );
}
