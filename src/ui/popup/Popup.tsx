/** The popup: what the current tab's site was seen collecting. */
import { useEffect, useState } from 'preact/hooks';
import type { TabState } from '../../schema/messages';
import type { UiLanguage } from '../i18n/language';
import { t } from '../i18n/strings';
import { groupObservations } from './group-observations';
import { RecordedView } from './RecordedView';

interface Props {
  lang: UiLanguage;
  load: () => Promise<TabState | null>;
}

export function Popup({ lang, load }: Props) {
  const [state, setState] = useState<TabState | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    load().then(setState, (reason: unknown) => setError(String(reason)));
  }, [load]);
  if (error) return <p role="alert" class="error">{error}</p>;
  if (state === undefined) return <p class="muted" aria-busy="true">…</p>;
  return (
    <main>
      <header>
        <h1>{t(lang, 'appName')}</h1>
        <p class="site" data-testid="site">{state?.site ?? '—'}</p>
      </header>
      {!state?.site ? <p class="empty">{t(lang, 'notAWebPage')}</p> : null}
      {state?.site && state.observations.length === 0 ? <p class="empty" data-testid="empty">{t(lang, 'nothingYet')}</p> : null}
      {state?.limitReached ? <p role="status" class="warn" data-testid="limit">{t(lang, 'limitReached')} ({state.dropped})</p> : null}
      {state && state.observations.length > 0 ? <RecordedView groups={groupObservations(state.observations)} lang={lang} /> : null}
    </main>
  );
}
