/**
 * Where the extension may fetch from while looking for a policy: the audited site's own origin
 * (the usual addresses when no link was found) and the targets of links the page offered. A link is
 * written by the page, so a link into the auditor's own network (router, intranet) is never fetched.
 */
import { getHostname } from 'tldts-experimental';

/** Addresses lenders publish their policies at, tried on the site's own origin when no link names one. */
export const COMMON_POLICY_PATHS: readonly string[] = [
  '/privacy-policy', '/privacy', '/policy', '/politika-konfidencialnosti', '/konfidencialnost', '/personal-data',
];

export function commonPathUrls(pageUrl: string): string[] {
  const origin = new URL(pageUrl).origin;
  return COMMON_POLICY_PATHS.map((path) => `${origin}${path}`);
}

function isPrivateIpv4(host: string): boolean {
  const parts = host.split('.').map(Number);
  if (parts.length !== 4 || parts.some((p) => !Number.isInteger(p) || p < 0 || p > 255)) return false;
  const [a = 0, b = 0] = parts;
  return a === 10 || a === 127 || a === 0 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

function isLocalHost(host: string): boolean {
  return host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local') || host.startsWith('[')
    || isPrivateIpv4(host);
}

/**
 * A page-supplied address the extension may fetch: http(s), and not on the local network unless the
 * audited page itself is (a lender's test server on 127.0.0.1 is audited like any other).
 */
export function isFetchableLink(url: string, pageUrl: string): boolean {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return false;
  }
  if (target.protocol !== 'https:' && target.protocol !== 'http:') return false;
  const host = getHostname(url) ?? target.hostname;
  return !isLocalHost(host) || host === getHostname(pageUrl);
}
