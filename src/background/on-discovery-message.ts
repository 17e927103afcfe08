/**
 * Runtime requests about finding and managing policies. A page's links are taken only from the
 * relay of a top-level page, for the page the browser says it is; everything else (search again,
 * pick, attach, list, remove) only from the extension's own pages.
 */
import type { AttachAnswer, StoredPolicySummary } from '../schema/discovery';
import type { RuntimeRequest } from '../schema/messages';
import { summarize } from '../storage/policy-store';
import { isWebUrl } from '../trackers/site';
import type { MessageSender } from './on-message';
import { attachPolicy, choosePolicy, siteFromInput } from './policy-attach';
import type { DiscoveryDeps, PolicyDiscovery } from './policy-discovery';
import type { Services } from './services';

export type DiscoveryRequest = Extract<RuntimeRequest,
  { type: 'policy-links' | 'discover-policy' | 'choose-policy' | 'attach-policy' | 'list-policies' | 'remove-policy' }>;

export interface DiscoveryContext { discovery: PolicyDiscovery; deps: DiscoveryDeps }

export type DiscoveryAnswer = { ok: boolean } | AttachAnswer | StoredPolicySummary[] | undefined;

export function isDiscoveryRequest(request: RuntimeRequest): request is DiscoveryRequest {
  return ['policy-links', 'discover-policy', 'choose-policy', 'attach-policy', 'list-policies', 'remove-policy'].includes(request.type);
}

function fromTopPage(sender: MessageSender): string | null {
  const url = sender.url ?? '';
  return sender.tab?.id !== undefined && sender.frameId === 0 && isWebUrl(url) ? url : null;
}

export async function onDiscoveryMessage(services: Services, request: DiscoveryRequest, sender: MessageSender,
  fromExtensionPage: boolean, context: DiscoveryContext): Promise<DiscoveryAnswer> {
  if (request.type === 'policy-links') {
    const pageUrl = fromExtensionPage ? null : fromTopPage(sender);
    if (!pageUrl) return undefined;
    await context.discovery.onLinks(pageUrl, request.links);
    return { ok: true };
  }
  if (!fromExtensionPage) return undefined;
  switch (request.type) {
    case 'discover-policy': {
      const page = services.tabs.get(request.tabId);
      if (page) await context.discovery.searchNow(page.pageUrl);
      return { ok: page !== null };
    }
    case 'choose-policy': {
      const page = services.tabs.get(request.tabId);
      return page ? choosePolicy(context.deps, page.pageUrl, request.url) : { ok: false, problem: { code: 'bad_site' } };
    }
    case 'attach-policy':
      return attachPolicy(context.deps, request.site, request.input);
    case 'list-policies':
      return (await context.deps.policies.list()).map(summarize);
    case 'remove-policy': {
      const site = siteFromInput(request.site);
      if (site) await context.deps.policies.remove(site);
      return { ok: site !== null };
    }
  }
}
