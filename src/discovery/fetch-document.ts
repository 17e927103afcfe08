/**
 * Fetches one candidate document, bounded: a deadline for the whole exchange, a byte limit checked
 * against Content-Length and again while reading, no cookies or referrer, and a redirect that ends on
 * another site is reported without reading what that site sent.
 */
import { MAX_DOCUMENT_BYTES, type DiscoveryProblem } from '../schema/discovery';
import { hostOf, siteOf } from '../trackers/site';
import type { PdfReader } from './extract/document-text';
import type { PolicyParser } from './policy-parser';
import { readBody } from './read-body';

export const FETCH_TIMEOUT_MS = 15_000;

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface FetchOptions { fetch: FetchLike; timeoutMs?: number; maxBytes?: number }

/** What fetching and reading a candidate needs; the PDF reader and the parser are supplied because neither is bundled everywhere. */
export interface FetchDeps extends FetchOptions { readPdf: PdfReader; parse: PolicyParser }

export type Fetched =
  | { ok: true; url: string; bytes: Uint8Array; contentType: string }
  | { ok: false; problem: DiscoveryProblem };

const ACCEPT = 'text/html,application/xhtml+xml,application/pdf,'
  + 'application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain;q=0.9,*/*;q=0.5';

async function exchange(url: string, allowedSites: readonly string[], deps: FetchOptions, signal: AbortSignal): Promise<Fetched> {
  const maxBytes = deps.maxBytes ?? MAX_DOCUMENT_BYTES;
  const response = await deps.fetch(url, { credentials: 'omit', redirect: 'follow', cache: 'no-store',
    referrerPolicy: 'no-referrer', headers: { Accept: ACCEPT }, signal });
  const finalUrl = response.url || url;
  const finalSite = siteOf(finalUrl);
  if (!finalSite || !allowedSites.includes(finalSite)) {
    await response.body?.cancel().catch(() => undefined);
    return { ok: false, problem: { code: 'cross_site_redirect', detail: (hostOf(finalUrl) ?? finalUrl).slice(0, 300) } };
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    return { ok: false, problem: { code: 'http_error', detail: String(response.status) } };
  }
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return { ok: false, problem: { code: 'too_large', detail: String(declared) } };
  }
  const body = await readBody(response.body, maxBytes);
  if (!body.ok) return { ok: false, problem: { code: 'too_large' } };
  return { ok: true, url: finalUrl, bytes: body.bytes, contentType: (response.headers.get('content-type') ?? '').slice(0, 200) };
}

export async function fetchDocument(url: string, allowedSites: readonly string[], deps: FetchOptions): Promise<Fetched> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => { timedOut = true; controller.abort(); }, deps.timeoutMs ?? FETCH_TIMEOUT_MS);
  try {
    return await exchange(url, allowedSites, deps, controller.signal);
  } catch {
    return { ok: false, problem: { code: timedOut ? 'timeout' : 'network' } };
  } finally {
    clearTimeout(timer);
  }
}
