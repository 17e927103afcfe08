/**
 * The policy side of the background: attached and discovered policies in storage, the bundled ones,
 * discovery, and what the audit needs to name the policy a report used.
 */
import type { PdfReader } from '../discovery/extract/document-text';
import type { PolicyParser } from '../discovery/policy-parser';
import { createDiscoveryStore } from '../storage/discovery-store';
import type { StorageArea } from '../storage/area';
import { createPolicyStore } from '../storage/policy-store';
import { createPolicyDiscovery } from './policy-discovery';
import { createPolicyResolver, storedPolicyText, type BundledPolicies } from './policy-state';
import { settleDiscovery } from './settle-discovery';

export interface PolicyServiceDeps {
  local: StorageArea;
  /** The only network traffic of the extension's own: candidate policy documents (src/discovery/fetch-document.ts). */
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  tool: { name: string; version: string };
  browser: string;
  bundled: BundledPolicies;
  /** Where PDFs are read and policies parsed: src/discovery/offscreen/background-readers.ts. */
  readPdf: PdfReader;
  parse: PolicyParser;
}

export function createPolicyServices(deps: PolicyServiceDeps) {
  const policyStore = createPolicyStore(deps.local);
  const discoveryDeps = { policies: policyStore, records: createDiscoveryStore(deps.local),
    hasBundled: (site: string) => deps.bundled.has(site), now: () => new Date(), fetch: deps.fetch,
    readPdf: deps.readPdf, parse: deps.parse };
  const discovery = createPolicyDiscovery(discoveryDeps);
  const lookup = async (site: string) => {
    const stored = await policyStore.get(site);
    return stored ? storedPolicyText(stored) : deps.bundled.get(site);
  };
  const audit = {
    policies: createPolicyResolver(deps.parse, lookup, (site) => discovery.searchState(site)),
    tool: deps.tool,
    browser: deps.browser,
    settle: (site: string) => settleDiscovery((s) => discovery.searchState(s), site),
  };
  return { policyStore, discovery, discoveryDeps, audit };
}
