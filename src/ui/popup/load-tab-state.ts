/** Asks the background about the tab the popup describes, and parses the answer. */
import { browser } from 'wxt/browser';
import { AuditView } from '../../schema/audit-view';

/** The popup describes the active tab, or the tab named by `?tab=` (the report page and tests use it). */
export async function currentTabId(search: string): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}

export async function loadAudit(tabId: number): Promise<AuditView> {
  const answer: unknown = await browser.runtime.sendMessage({ type: 'get-audit', tabId });
  return AuditView.parse(answer);
}
