/** The background's discovery service over in-memory storage, a scripted network and a settable clock. */
import { bundledPolicies, createPolicyResolver, storedPolicyText } from '../../../src/background/policy-state';
import { createPolicyDiscovery, type DiscoveryDeps } from '../../../src/background/policy-discovery';
import { memoryArea } from '../../../src/storage/area';
import { createDiscoveryStore } from '../../../src/storage/discovery-store';
import { createPolicyStore } from '../../../src/storage/policy-store';
import { scriptedFetch, type Answer } from './helpers';

/** `bundled` maps a lender's folder under policies/ to its bundled text. */
export function discoveryService(routes: Record<string, Answer>, bundled: Record<string, string> = {}) {
  const clock = { now: new Date('2025-09-01T10:00:00Z') };
  const net = scriptedFetch(routes);
  const BUNDLED = bundledPolicies(Object.keys(bundled), async (file) => bundled[file.replace(/^policies\/|\.txt$/gu, '')] ?? '');
  const deps: DiscoveryDeps = {
    policies: createPolicyStore(memoryArea(), () => clock.now),
    records: createDiscoveryStore(memoryArea()),
    hasBundled: (site) => BUNDLED.has(site),
    now: () => clock.now,
    fetch: net.fetch,
    readPdf: net.readPdf,
    parse: net.parse,
  };
  const discovery = createPolicyDiscovery(deps);
  const resolver = createPolicyResolver(net.parse, async (site) => {
    const stored = await deps.policies.get(site);
    return stored ? storedPolicyText(stored) : BUNDLED.get(site);
  }, (site) => discovery.searchState(site));
  return { clock, net, deps, discovery, resolver, routes };
}
