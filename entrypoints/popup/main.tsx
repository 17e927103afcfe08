import { render } from 'preact';
import { languageFromBrowser } from '../../src/ui/i18n/language';
import { currentTabId, loadTabState } from '../../src/ui/popup/load-tab-state';
import { Popup } from '../../src/ui/popup/Popup';
import '../../src/ui/popup/popup.css';

const lang = languageFromBrowser(navigator.languages);
document.documentElement.lang = lang;
const load = async () => {
  const tabId = await currentTabId(location.search);
  return tabId === null ? null : loadTabState(tabId);
};
const root = document.getElementById('app');
if (root) render(<Popup lang={lang} load={load} />, root);
