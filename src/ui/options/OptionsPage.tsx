/** The options page: attach a policy to a site, and see or remove the stored ones with their versions. */
import { useEffect, useState } from 'preact/hooks';
import type { StoredPolicySummary } from '../../schema/discovery';
import type { UiLanguage } from '../i18n/language';
import { t } from '../i18n/strings';
import { LanguageSwitch } from '../popup/LanguageSwitch';
import { AttachForm } from './AttachForm';
import type { OptionsApi } from './options-api';
import { StoredList } from './StoredList';

interface Props { initialLang: UiLanguage; saveLang: (lang: UiLanguage) => void; api: OptionsApi; initialSite: string }

export function OptionsPage({ initialLang, saveLang, api, initialSite }: Props) {
  const [lang, setLang] = useState(initialLang);
  const [policies, setPolicies] = useState<StoredPolicySummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  const refresh = (): void => { api.list().then(setPolicies, (reason: unknown) => setError(String(reason))); };
  useEffect(refresh, [api]);
  const remove = (site: string): void => { api.remove(site).then(refresh, (reason: unknown) => setError(String(reason))); };
  return (
    <main class="options">
      <header>
        <h1>{t(lang, 'optionsTitle')}</h1>
        <LanguageSwitch lang={lang} onChange={(next) => { setLang(next); saveLang(next); }} />
      </header>
      {error ? <p role="alert" class="error">{error}</p> : null}
      <AttachForm lang={lang} api={api} initialSite={initialSite} onAttached={refresh} />
      <StoredList lang={lang} policies={policies} onRemove={remove} />
    </main>
  );
}
