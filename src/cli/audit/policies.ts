/**
 * `--policy` files, read and checked before any browser starts: a file that is missing or is not a
 * privacy policy is a usage error (exit 2), found in a second rather than after a long run.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parsePolicy } from '../../policy';
import { siteOf } from '../../trackers/site';
import type { PolicyArg } from './args';

export interface PolicyText { text: string; source: string }
export type PolicyLoad = { ok: true; bySite: Map<string, PolicyText> } | { ok: false; message: string };

/** UTF-16 files carry a byte-order mark; anything else is read as UTF-8, as `policy parse` does. */
function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

function siteFor(arg: PolicyArg, sites: ReadonlySet<string>): { ok: true; site: string } | { ok: false; message: string } {
  if (arg.site === null) {
    const [only] = sites;
    if (sites.size === 1 && only) return { ok: true, site: only };
    return { ok: false, message: `--policy ${arg.file} is for a single site; with several sites write --policy SITE=${arg.file}` };
  }
  const site = siteOf(`https://${arg.site}/`);
  if (site && sites.has(site)) return { ok: true, site };
  return { ok: false, message: `--policy ${arg.site}=… names a site that is not among the URLs` };
}

export async function loadPolicies(args: readonly PolicyArg[], sites: ReadonlySet<string>): Promise<PolicyLoad> {
  const bySite = new Map<string, PolicyText>();
  for (const arg of args) {
    const where = siteFor(arg, sites);
    if (!where.ok) return where;
    if (bySite.has(where.site)) return { ok: false, message: `two --policy files for ${where.site}` };
    let text: string;
    try {
      text = decode(await readFile(arg.file));
    } catch (error) {
      return { ok: false, message: `cannot read --policy ${arg.file}: ${error instanceof Error ? error.message : String(error)}` };
    }
    const source = resolve(arg.file);
    const parsed = await parsePolicy(text, { source });
    if (!parsed.ok) return { ok: false, message: `--policy ${arg.file} is not a usable privacy policy: ${parsed.error.message}` };
    bySite.set(where.site, { text, source });
  }
  return { ok: true, bySite };
}
