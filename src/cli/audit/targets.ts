/**
 * What the user asked to audit, one target per URL. A URL that cannot be audited (not http(s),
 * not a URL at all) is a failed site, not a usage error: a long list with one bad line still runs.
 */
import { siteOf } from '../../trackers/site';

export interface Target {
  /** As given on the command line or in the file, for messages. */
  input: string;
  url: string;
  /** Host of the URL as given, which names the output files. */
  host: string;
  /** Registrable domain: what a policy is attached to and what the extension groups by. */
  site: string;
}

export type TargetParse = { ok: true; target: Target } | { ok: false; input: string; message: string };

/** A bare host name (1kredit.kz) means its https:// front page, as a browser's address bar does. */
function withScheme(input: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(input) && !/^[^/:]+:\d+(\/|$)/.test(input) ? input : `https://${input}`;
}

export function parseTarget(input: string): TargetParse {
  let url: URL;
  try {
    url = new URL(withScheme(input.trim()));
  } catch {
    return { ok: false, input, message: 'is not a URL' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, input, message: `is not a web address (${url.protocol}); only http:// and https:// sites can be audited` };
  }
  const site = siteOf(url.href);
  if (!url.hostname || !site) return { ok: false, input, message: 'has no host name' };
  return { ok: true, target: { input, url: url.href, host: url.hostname, site } };
}
