/** The policies kept in storage: for which site, from where, which version (hash, when fetched), with removal. */
import type { StoredPolicySummary } from '../../schema/discovery';
import type { UiLanguage } from '../i18n/language';
import { t, type StringKey } from '../i18n/strings';
import { shortTime } from '../format-time';

const ORIGIN_LABEL: Record<StoredPolicySummary['origin'], StringKey> = {
  attached: 'originAttached', discovered: 'originDiscovered', cli: 'originCli',
};

interface Props { lang: UiLanguage; policies: readonly StoredPolicySummary[]; onRemove: (site: string) => void }

export function StoredList({ lang, policies, onRemove }: Props) {
  return (
    <section data-testid="stored-policies">
      <h2>{t(lang, 'storedHeading')}</h2>
      {policies.length === 0 ? <p class="empty">{t(lang, 'noneStored')}</p> : (
        <ul>
          {policies.map((p) => (
            <li key={p.site} data-site={p.site}>
              <strong>{p.site}</strong> <span class="tag">{t(lang, ORIGIN_LABEL[p.origin])}</span>{' '}
              <button type="button" onClick={() => onRemove(p.site)}>{t(lang, 'remove')}</button>
              <div class="subject">{(p.version.parts.length > 0 ? p.version.parts.map((part) => part.url) : [p.source]).join(' + ')}</div>
              <div class="meta">SHA-256 <code>{p.version.sha256.slice(0, 16)}</code> · {t(lang, 'fetchedOn')} {shortTime(p.version.storedAt)}
                {p.version.checkedAt ? ` · ${t(lang, 'checkedOn')} ${shortTime(p.version.checkedAt)}` : ''} · {p.chars} {t(lang, 'characters')}</div>
              {p.version.previous ? <div class="warn">{t(lang, 'policyChangedSince')} {shortTime(p.version.previous.storedAt)}</div> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
