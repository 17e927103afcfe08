/** One candidate address fetched (bounded) and read as a policy, or the reason it is not one. */
import type { Attempt } from '../schema/discovery';
import { siteOf } from '../trackers/site';
import { fetchDocument, type FetchDeps } from './fetch-document';
import { readDocument } from './read-document';

export type FetchedPolicy = { ok: true; url: string; text: string } | { ok: false; attempt: Attempt };

/** `site` is the audited site; the address's own site is allowed too (a link may point to a parent company's domain). */
export async function fetchAndRead(url: string, site: string, deps: FetchDeps): Promise<FetchedPolicy> {
  const target = siteOf(url);
  const allowed = target && target !== site ? [site, target] : [site];
  const fetched = await fetchDocument(url, allowed, deps);
  if (!fetched.ok) return { ok: false, attempt: { url, problem: fetched.problem } };
  const read = await readDocument(fetched.bytes, fetched.contentType, fetched.url, deps);
  return read.ok ? { ok: true, url: fetched.url, text: read.text } : { ok: false, attempt: { url, problem: read.problem } };
}
