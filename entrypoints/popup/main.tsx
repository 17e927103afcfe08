import { render } from 'preact';
import { browser } from 'wxt/browser';
import { languageFromBrowser, LANGUAGE_STORAGE_KEY, UiLanguage } from '../../src/ui/i18n/language';
import { currentTabId, loadAudit } from '../../src/ui/popup/load-tab-state';
import { runtimePolicyActions } from '../../src/ui/popup/policy-actions';
import { Popup } from '../../src/ui/popup/Popup';
import '../../src/ui/popup/popup.css';

async function start(root: HTMLElement): Promise<void> {
  const saved = UiLanguage.safeParse((await browser.storage.local.get(LANGUAGE_STORAGE_KEY))[LANGUAGE_STORAGE_KEY]);
  const lang = saved.success ? saved.data : languageFromBrowser(navigator.languages);
  document.documentElement.lang = lang;
  const load = async () => {
    const tabId = await currentTabId(location.search);
    return tabId === null ? null : loadAudit(tabId);
  };
  render(<Popup initialLang={lang} load={load} policyActions={runtimePolicyActions}
    saveLang={(next) => { document.documentElement.lang = next; void browser.storage.local.set({ [LANGUAGE_STORAGE_KEY]: next }); }}
    openReport={(tabId) => { void browser.tabs.create({ url: browser.runtime.getURL(`/report.html?tab=${tabId}`) }); }} />, root);
}

const root = document.getElementById('app');
if (root) void start(root);
