/**
 * The popup's word on a site with no policy yet: searching, several candidates to pick from in
 * place, or nothing found (with what was tried and why), always with a way to add one by hand.
 */
import { useState } from 'preact/hooks';
import type { PolicyState } from '../../schema/audit-view';
import type { AttachAnswer } from '../../schema/discovery';
import type { UiLanguage } from '../i18n/language';
import { problemText } from '../i18n/problem-text';
import { t } from '../i18n/strings';

export interface PolicyActions {
  searchAgain(): Promise<void>;
  choose(url: string): Promise<AttachAnswer>;
  addPolicy(): void;
}

type Pending = Extract<PolicyState, { status: 'unknown' | 'searching' | 'choose' | 'not-found' }>;

function Choose({ state, lang, actions }: { state: Extract<Pending, { status: 'choose' }>; lang: UiLanguage; actions: PolicyActions }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const pick = (url: string): void => {
    setBusy(true);
    actions.choose(url).then((answer) => { if (!answer.ok) setError(problemText(lang, answer.problem)); }, (reason: unknown) => setError(String(reason)))
      .finally(() => setBusy(false));
  };
  return (
    <div class="notice" data-testid="policy-choose">
      <strong>{t(lang, 'chooseHeading')}</strong>
      <ul>
        {state.candidates.map((c) => (
          <li key={c.url}>
            <span>{c.text || c.url}</span> <a href={c.url} target="_blank" rel="noreferrer" class="subject">{c.url}</a>{' '}
            <button type="button" disabled={busy} onClick={() => pick(c.url)}>{t(lang, 'useThis')}</button>
          </li>
        ))}
      </ul>
      {error ? <p role="alert" class="error">{error}</p> : null}
    </div>
  );
}

export function PolicySearch({ state, lang, actions }: { state: Pending; lang: UiLanguage; actions: PolicyActions }) {
  if (state.status === 'searching') return <p class="notice" role="status" aria-busy="true" data-testid="policy-searching">{t(lang, 'searchingPolicy')}</p>;
  if (state.status === 'choose') return <Choose state={state} lang={lang} actions={actions} />;
  const add = <button type="button" class="primary" data-testid="add-policy" onClick={actions.addPolicy}>{t(lang, 'addPolicy')}</button>;
  const again = <button type="button" data-testid="search-again" onClick={() => void actions.searchAgain()}>{t(lang, 'searchAgain')}</button>;
  if (state.status === 'unknown') return <div class="notice" data-testid="no-policy-notice"><p>{t(lang, 'noPolicy')}</p>{add} {again}</div>;
  const tried = (
    <ul class="tried">
      {state.tried.map((attempt) => (
        <li key={attempt.url}><span class="subject">{attempt.url}</span>: {problemText(lang, attempt.problem)}</li>
      ))}
    </ul>
  );
  return (
    <div class="notice" data-testid="policy-not-found">
      <strong>{t(lang, 'notFoundHeading')}</strong>
      <p>{t(lang, state.linksSeen === 0 ? 'notFoundNoLinks' : 'notFoundLinks')}</p>
      {/* With links, why each failed is the news; without, the usual addresses' answers are detail (a site down looks different from a 404). */}
      {state.linksSeen > 0 ? tried : <details><summary>{t(lang, 'whatWasTried')}</summary>{tried}</details>}
      {add} {again}
    </div>
  );
}
