/** Findings and the exported report for the site a tab shows: the same code for popup, report page and CLI. */
import { evaluateFindings } from '../audit';
import { buildReport } from '../report';
import type { AuditView } from '../schema/audit-view';
import type { Report } from '../schema/report';
import { hostOf } from '../trackers/site';
import type { TabState } from '../schema/messages';
import type { PolicyResolver } from './policy-state';
import type { Services } from './services';

export interface AuditDeps {
  policies: PolicyResolver;
  tool: { name: string; version: string };
  browser: string;
  /** Resolves when no policy search for the site is running (bounded). */
  settle?: (site: string) => Promise<void>;
}

export async function tabState(services: Services, tabId: number): Promise<TabState> {
  const page = services.tabs.get(tabId);
  if (!page) return { tabId, pageUrl: null, site: null, observations: [], limitReached: false, dropped: 0 };
  const [observations, status] = await Promise.all([services.store.list(page.site), services.store.status(page.site)]);
  return { tabId, pageUrl: page.pageUrl, site: page.site, observations, ...status };
}

export async function auditTab(services: Services, deps: AuditDeps, tabId: number): Promise<AuditView> {
  const tab = await tabState(services, tabId);
  if (!tab.site || !tab.pageUrl) return { tab, policy: { status: 'unknown' }, findings: [] };
  const policy = await deps.policies.policyState(tab.site);
  const findings = evaluateFindings({ observations: tab.observations, pageUrl: tab.pageUrl,
    policy: policy.status === 'known' ? policy.policy : null });
  return { tab, policy, findings };
}

export async function reportTab(services: Services, deps: AuditDeps, tabId: number): Promise<Report | null> {
  const site = services.tabs.get(tabId)?.site;
  if (site && deps.settle) await deps.settle(site);
  const view = await auditTab(services, deps, tabId);
  if (!view.tab.pageUrl) return null;
  return buildReport({
    site: { url: view.tab.pageUrl, host: hostOf(view.tab.pageUrl) ?? view.tab.site ?? '', auditedAt: new Date().toISOString(),
      tool: deps.tool, browser: deps.browser },
    policy: view.policy.status === 'known' ? { ...view.policy.policy, origin: view.policy.origin } : null,
    observations: view.tab.observations,
    findings: view.findings,
  });
}
