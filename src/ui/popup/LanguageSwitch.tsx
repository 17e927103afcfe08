/** Switches the interface between Russian, Kazakh and English. */
import { UiLanguage } from '../i18n/language';
import { t } from '../i18n/strings';

const NAMES: Record<UiLanguage, string> = { ru: 'Рус', kk: 'Қаз', en: 'Eng' };

export function LanguageSwitch({ lang, onChange }: { lang: UiLanguage; onChange: (lang: UiLanguage) => void }) {
  return (
    <label class="lang">
      <span class="visually-hidden">{t(lang, 'language')}</span>
      <select value={lang} data-testid="language" onChange={(e) => {
        const parsed = UiLanguage.safeParse(e.currentTarget.value);
        if (parsed.success) onChange(parsed.data);
      }}>
        {UiLanguage.options.map((code) => <option key={code} value={code}>{NAMES[code]}</option>)}
      </select>
    </label>
  );
}
