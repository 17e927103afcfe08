import { render } from 'preact';
import { browser } from 'wxt/browser';
import { languageFromBrowser, LANGUAGE_STORAGE_KEY, UiLanguage } from '../../src/ui/i18n/language';
import { runtimeOptionsApi } from '../../src/ui/options/options-api';
import { OptionsPage } from '../../src/ui/options/OptionsPage';
import '../../src/ui/popup/popup.css';
import '../../src/ui/options/options.css';

async function start(root: HTMLElement): Promise<void> {
  const saved = UiLanguage.safeParse((await browser.storage.local.get(LANGUAGE_STORAGE_KEY))[LANGUAGE_STORAGE_KEY]);
  const lang = saved.success ? saved.data : languageFromBrowser(navigator.languages);
  document.documentElement.lang = lang;
  // The popup's «add a policy» opens this page for the site it shows.
  const site = (new URLSearchParams(location.search).get('site') ?? '').slice(0, 253);
  render(<OptionsPage initialLang={lang} initialSite={site} api={runtimeOptionsApi((message) => browser.runtime.sendMessage(message))}
    saveLang={(next) => { document.documentElement.lang = next; void browser.storage.local.set({ [LANGUAGE_STORAGE_KEY]: next }); }} />, root);
}

const root = document.getElementById('app');
if (root) void start(root);
