/** Registrable domains (eTLD+1, public-suffix aware) decide what is first and what is third party. */
import { getDomain, getHostname } from 'tldts-experimental';

/** The site a URL belongs to: its registrable domain, or the bare host for IPs and local names. */
export function siteOf(url: string): string | null {
  const host = getHostname(url);
  if (!host) return null;
  return getDomain(url, { allowPrivateDomains: true }) ?? host;
}

export function hostOf(url: string): string | null {
  return getHostname(url) || null;
}

/** True when the request goes to another registrable domain than the top-level page's. */
export function isThirdParty(requestUrl: string, pageUrl: string): boolean {
  const requestSite = siteOf(requestUrl);
  const pageSite = siteOf(pageUrl);
  return requestSite !== null && pageSite !== null && requestSite !== pageSite;
}

export function isWebUrl(url: string): boolean {
  return url.startsWith('https://') || url.startsWith('http://');
}
