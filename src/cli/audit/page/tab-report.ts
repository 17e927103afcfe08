/** The report for a page, asked of the extension's own background: the very JSON its report page exports. */
import type { Page } from '@playwright/test';
import { Report } from '../../../schema/report';
import type { AuditBrowser } from '../../launch';

interface WorkerGlobals {
  chrome: { tabs: { query(query: object): Promise<Array<{ id?: number; url?: string }>> } };
  auditorReport(tabId: number): Promise<unknown>;
  auditorUsePolicy(site: string, text: string, source: string): Promise<{ ok: true } | { ok: false; message: string }>;
}

export async function tabIdOf(browser: AuditBrowser, page: Page): Promise<number | null> {
  return browser.worker.evaluate(async (wanted) => {
    const tabs = await (globalThis as unknown as WorkerGlobals).chrome.tabs.query({});
    return tabs.find((tab) => tab.url === wanted)?.id ?? null;
  }, page.url());
}

/** Checked against the schema but kept as the extension built it: parsing would drop fields a newer extension adds. */
function isReport(raw: unknown): raw is Report {
  return Report.safeParse(raw).success;
}

export type ReportFetch = { ok: true; report: Report } | { ok: false; message: string };

export async function reportFor(browser: AuditBrowser, page: Page): Promise<ReportFetch> {
  const tabId = await tabIdOf(browser, page);
  if (tabId === null) return { ok: false, message: `the extension has no tab showing ${page.url()}` };
  const raw = await browser.worker.evaluate((id) => (globalThis as unknown as WorkerGlobals).auditorReport(id), tabId);
  if (raw === null) return { ok: false, message: 'the extension recorded no page for this tab' };
  return isReport(raw) ? { ok: true, report: raw } : { ok: false, message: 'the extension returned a report that does not match the schema' };
}

export async function usePolicy(browser: AuditBrowser, site: string, text: string, source: string): Promise<string | null> {
  const result = await browser.worker.evaluate(([s, t, src]) => (globalThis as unknown as WorkerGlobals).auditorUsePolicy(s, t, src),
    [site, text, source] as const);
  return result.ok ? null : result.message;
}
