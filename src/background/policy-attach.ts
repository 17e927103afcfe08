/**
 * Storing a policy the auditor named: attached on the options page (by address, pasted text, or a
 * picked file's text) or picked in the popup among the candidates the search offered. Text is judged
 * by the parser before it is stored, so a stored policy is one the audit can read.
 */
import { fetchAndRead } from '../discovery/fetch-and-read';
import { joinParts } from '../discovery/parts';
import { judgePolicyText } from '../discovery/read-document';
import { documentUrl } from '../discovery/candidates';
import type { PolicyAttachInput } from '../schema/discovery-messages';
import type { AttachAnswer, DocumentKind } from '../schema/discovery';
import { summarize, type AttachInput } from '../storage/policy-store';
import { siteOf } from '../trackers/site';
import type { DiscoveryDeps } from './policy-discovery';

/** «example.kz», «www.example.kz» or any address on it: the registrable domain the policy is for. */
export function siteFromInput(input: string): string | null {
  const trimmed = input.trim();
  const url = /^[a-z][a-z0-9+.-]*:\/\//iu.test(trimmed) ? trimmed : `https://${trimmed}/`;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
    return parsed.hostname.includes('.') ? siteOf(parsed.href) : null;
  } catch {
    return null;
  }
}

async function save(deps: DiscoveryDeps, site: string, input: AttachInput): Promise<AttachAnswer> {
  const stored = await deps.policies.attach(site, input);
  return stored.ok ? { ok: true, policy: summarize(stored.policy) } : { ok: false, problem: { code: stored.code } };
}

async function textFrom(deps: DiscoveryDeps, site: string, input: PolicyAttachInput): Promise<AttachAnswer | { text: string; source: string }> {
  if (input.kind === 'text') {
    const judged = await judgePolicyText(deps.parse, input.text, input.source);
    return judged.ok ? { text: judged.text, source: input.source } : { ok: false, problem: judged.problem };
  }
  const typed = input.url.trim();
  const url = /^https?:\/\//iu.test(typed) ? documentUrl(typed, typed) : null;
  if (!url) return { ok: false, problem: { code: 'bad_url' }, url: typed.slice(0, 2048) };
  const read = await fetchAndRead(url, site, deps);
  return read.ok ? { text: read.text, source: read.url } : { ok: false, problem: read.attempt.problem, url };
}

export async function attachPolicy(deps: DiscoveryDeps, siteInput: string, input: PolicyAttachInput): Promise<AttachAnswer> {
  const site = siteFromInput(siteInput);
  if (!site) return { ok: false, problem: { code: 'bad_site' } };
  const got = await textFrom(deps, site, input);
  if ('ok' in got) return got;
  return save(deps, site, { text: got.text, source: got.source, origin: 'attached' });
}

/** The candidate the auditor picked in the popup, merged with the consent form the search found. */
export async function choosePolicy(deps: DiscoveryDeps, pageUrl: string, url: string): Promise<AttachAnswer> {
  const site = siteOf(pageUrl);
  const record = site ? await deps.records.get(site) : null;
  const search = record?.search;
  if (!site || !record || search?.status !== 'choose' || !search.candidates.some((c) => c.url === url)) {
    return { ok: false, problem: { code: 'bad_url' }, url };
  }
  const wanted: Array<{ url: string; kind: DocumentKind }> = [{ url, kind: 'policy' }, ...search.consents];
  const read = await Promise.all(wanted.map((doc) => fetchAndRead(doc.url, site, deps)));
  const [first] = read;
  if (!first?.ok) return { ok: false, problem: first?.attempt.problem ?? { code: 'network' }, url };
  const documents = read.flatMap((r, i) => (r.ok && wanted[i] ? [{ url: r.url, kind: wanted[i].kind, text: r.text }] : []));
  const joined = joinParts(documents);
  const answer = await save(deps, site, { ...joined, source: first.url, origin: 'discovered' });
  if (answer.ok) await deps.records.put({ ...record, search: { status: 'found', at: deps.now().toISOString() }, updatedAt: deps.now().toISOString() });
  return answer;
}
