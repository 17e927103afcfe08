/** The raw record for the tab's site: device requests, cookies and third parties, with their evidence. */
import { categoryInfo } from '../../categories';
import type { UiLanguage } from '../i18n/language';
import { t } from '../i18n/strings';
import type { RecordedGroups } from './group-observations';

interface Props { groups: RecordedGroups; lang: UiLanguage }

function time(iso: string): string {
  return iso.slice(11, 19);
}

export function RecordedView({ groups, lang }: Props) {
  return (
    <div class="recorded">
      <section aria-labelledby="device-heading" data-testid="device-requests">
        <h2 id="device-heading">{t(lang, 'deviceRequests')} <span class="count">{groups.deviceRequests.length}</span></h2>
        <ul>
          {groups.deviceRequests.map((o) => (
            <li key={o.id} data-category={o.category}>
              <strong>{categoryInfo(o.category).label[lang]}</strong> <code>{o.detail.api}</code>{' '}
              <span class={o.detail.userGesture ? 'ok' : 'warn'}>{t(lang, o.detail.userGesture ? 'gesture' : 'noGesture')}</span>
              {o.detail.count > 1 ? ` ×${o.detail.count}` : ''}
              <div class="meta">{time(o.at)} · {o.frameUrl}</div>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="cookie-heading" data-testid="cookies">
        <h2 id="cookie-heading">{t(lang, 'cookies')} <span class="count">{groups.cookies.length}</span></h2>
        <ul>
          {groups.cookies.map((o) => (
            <li key={o.id} data-cookie={o.detail.name} data-domain={o.detail.domain} data-httponly={String(o.detail.httpOnly)}>
              <code>{o.detail.name}</code> <span class="meta">{o.detail.domain}</span>{' '}
              <span class={o.detail.firstParty ? 'tag' : 'tag warn'}>{t(lang, o.detail.firstParty ? 'firstParty' : 'thirdParty')}</span>
              {o.detail.httpOnly ? <span class="tag">HttpOnly</span> : null}
              {o.detail.session ? null : <span class="tag">persistent</span>}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="tp-heading" data-testid="third-parties">
        <h2 id="tp-heading">{t(lang, 'thirdParties')} <span class="count">{groups.thirdParties.length}</span></h2>
        <ul>
          {groups.thirdParties.map((party) => (
            <li key={party.host} data-host={party.host}>
              <code>{party.host}</code>{' '}
              <span class="meta">
                {party.organization ?? t(lang, 'unknownOperator')}
                {party.country ? ` · ${party.country}` : ''}
                {party.trackerCategory ? ` · ${party.trackerCategory}` : ''}
                {` · ${party.requests} ${t(lang, 'requests')}`}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
