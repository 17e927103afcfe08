/** Asks the background for the state of the tab the popup describes, and parses the answer. */
import { browser } from 'wxt/browser';
import { TabState } from '../../schema/messages';

/** The popup describes the active tab, or the tab named by `?tab=` (the report page and tests use it). */
export async function currentTabId(search: string): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}

export async function loadTabState(tabId: number): Promise<TabState> {
  const answer: unknown = await browser.runtime.sendMessage({ type: 'get-tab-state', tabId });
  return TabState.parse(answer);
}
