import { render } from 'preact';
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { AuditView } from '../../src/schema/audit-view';
import { Report } from '../../src/schema/report';
import { languageFromBrowser, LANGUAGE_STORAGE_KEY, UiLanguage } from '../../src/ui/i18n/language';
import { t } from '../../src/ui/i18n/strings';
import { ReportPage } from '../../src/ui/report/ReportPage';
import '../../src/ui/popup/popup.css';
import '../../src/ui/report/report.css';

async function start(root: HTMLElement): Promise<void> {
  const tabId = Number(new URLSearchParams(location.search).get('tab'));
  const saved = UiLanguage.safeParse((await browser.storage.local.get(LANGUAGE_STORAGE_KEY))[LANGUAGE_STORAGE_KEY]);
  const lang = saved.success ? saved.data : languageFromBrowser(navigator.languages);
  document.documentElement.lang = lang;
  const report = Number.isInteger(tabId) && tabId > 0
    ? z.nullable(Report).parse(await browser.runtime.sendMessage({ type: 'get-report', tabId })) : null;
  if (!report) {
    root.textContent = t(lang, 'nothingToReport');
    return;
  }
  const audit = AuditView.parse(await browser.runtime.sendMessage({ type: 'get-audit', tabId }));
  render(<ReportPage report={report} policyText={audit.policy.status === 'known' ? audit.policy.text : null} initialLang={lang}
    saveLang={(next) => void browser.storage.local.set({ [LANGUAGE_STORAGE_KEY]: next })} />, root);
}

const root = document.getElementById('app');
if (root) void start(root);
