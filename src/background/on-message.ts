/**
 * Runtime messages. Content scripts may only report page events for their own tab and frame;
 * only the extension's own pages may read state. Everything is parsed again here.
 */
import type { AuditView } from '../schema/audit-view';
import { RuntimeRequest, type TabState } from '../schema/messages';
import type { Report } from '../schema/report';
import { isDiscoveryRequest, onDiscoveryMessage, type DiscoveryAnswer, type DiscoveryContext } from './on-discovery-message';
import { onDomEvents } from './on-dom-events';
import { onPageEvents } from './on-page-events';
import { scannerTarget, type ScriptTarget } from './scanner-target';
import type { Services } from './services';
import { auditTab, reportTab, tabState, type AuditDeps } from './site-audit';

export interface MessageSender {
  id?: string;
  url?: string;
  frameId?: number;
  documentId?: string;
  tab?: { id?: number; url?: string };
}

export interface MessageContext {
  extensionId: string;
  extensionOrigin: string;
  audit: AuditDeps;
  policies: DiscoveryContext;
  /** Injects the field scanner into the asking document. */
  injectFieldScanner(target: ScriptTarget): Promise<void>;
}

type Answer = TabState | AuditView | Report | null | { ok: boolean } | DiscoveryAnswer | undefined;

async function fromContentScript(services: Services, request: Extract<RuntimeRequest, { type: 'page-events' | 'dom-events' }>,
  sender: MessageSender): Promise<Answer> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.frameId === undefined || !sender.url) return undefined;
  const content = { tabId, frameId: sender.frameId, url: sender.url, tabUrl: sender.tab?.url ?? null };
  if (request.type === 'dom-events') await onDomEvents(services, content, request.events);
  else await onPageEvents(services, content, request.events);
  return { ok: true };
}

export async function onMessage(services: Services, message: unknown, sender: MessageSender,
  context: MessageContext): Promise<Answer> {
  if (sender.id !== context.extensionId) return undefined;
  const parsed = RuntimeRequest.safeParse(message);
  if (!parsed.success) return undefined;
  const request = parsed.data;
  const fromExtensionPage = (sender.url ?? '').startsWith(context.extensionOrigin);
  if (isDiscoveryRequest(request)) return onDiscoveryMessage(services, request, sender, fromExtensionPage, context.policies);
  switch (request.type) {
    case 'page-events':
    case 'dom-events':
      return fromExtensionPage ? undefined : fromContentScript(services, request, sender);
    case 'want-field-scanner': {
      const target = fromExtensionPage ? null : scannerTarget(sender);
      return target ? context.injectFieldScanner(target).then(() => ({ ok: true }), () => ({ ok: false })) : undefined;
    }
    case 'get-tab-state':
      return fromExtensionPage ? tabState(services, request.tabId) : undefined;
    case 'get-audit':
      return fromExtensionPage ? auditTab(services, context.audit, request.tabId) : undefined;
    case 'get-report':
      return fromExtensionPage ? reportTab(services, context.audit, request.tabId) : undefined;
  }
}
