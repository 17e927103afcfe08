/**
 * Command-line arguments of `npm run audit`. Returns a result object; the caller prints the message
 * and exits 2. Files named by options are read later, so this stays a pure function.
 */
import { parseShard, type Shard } from './shard';

export const LANGS = ['ru', 'kk', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const MAX_CONCURRENCY = 16;

/** `--policy FILE` (the only site) or `--policy SITE=FILE` (one of several). */
export interface PolicyArg { site: string | null; file: string }

export interface AuditArgs {
  urls: string[];
  urlsFile: string | null;
  policies: PolicyArg[];
  out: string;
  interact: boolean;
  headed: boolean;
  hostResolverRules: string | null;
  ignoreCertificateErrors: boolean;
  concurrency: number;
  shard: Shard | null;
  lang: Lang;
  extensionDir: string | null;
}

export type ArgsParse = { ok: true; help: true } | { ok: true; help: false; args: AuditArgs } | { ok: false; message: string };

const FLAGS = new Set(['--interact', '--headed', '--ignore-certificate-errors']);
const VALUED = new Set(['--policy', '--out', '--host-resolver-rules', '--urls-file', '--concurrency', '--shard', '--lang', '--extension']);

/** Several lenders in one run: the machine's cores, but never so many Chromiums that memory runs out. */
export function defaultConcurrency(cpus: number): number {
  return Math.min(Math.max(Math.floor(cpus), 1), 4);
}

function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

function parsePolicyArg(value: string): PolicyArg {
  const match = /^([a-z0-9-]+(?:\.[a-z0-9-]+)+)=(.+)$/i.exec(value);
  return match?.[1] && match[2] ? { site: match[1].toLowerCase(), file: match[2] } : { site: null, file: value };
}

function applyValue(args: AuditArgs, flag: string, value: string): string | null {
  switch (flag) {
    case '--policy': args.policies.push(parsePolicyArg(value)); return null;
    case '--out': args.out = value; return null;
    case '--host-resolver-rules': args.hostResolverRules = value; return null;
    case '--urls-file': args.urlsFile = value; return null;
    case '--extension': args.extensionDir = value; return null;
    case '--lang':
      if (!isLang(value)) return `--lang takes ru, kk or en, not "${value}"`;
      args.lang = value;
      return null;
    case '--concurrency': {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1 || n > MAX_CONCURRENCY) return `--concurrency takes a whole number from 1 to ${MAX_CONCURRENCY}, not "${value}"`;
      args.concurrency = n;
      return null;
    }
    default: {
      const shard = parseShard(value);
      if (!shard.ok) return shard.message;
      args.shard = shard.shard;
      return null;
    }
  }
}

export function parseAuditArgs(argv: readonly string[], cpus: number): ArgsParse {
  const args: AuditArgs = {
    urls: [], urlsFile: null, policies: [], out: 'audit-reports', interact: false, headed: false, hostResolverRules: null,
    ignoreCertificateErrors: false, concurrency: defaultConcurrency(cpus), shard: null, lang: 'ru', extensionDir: null,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') return { ok: true, help: true };
    if (arg === '--') {
      args.urls.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-')) {
      args.urls.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    if (FLAGS.has(flag)) {
      if (eq > 0) return { ok: false, message: `${flag} takes no value` };
      if (flag === '--interact') args.interact = true;
      else if (flag === '--headed') args.headed = true;
      else args.ignoreCertificateErrors = true;
      continue;
    }
    if (!VALUED.has(flag)) return { ok: false, message: `unknown option ${flag}` };
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '') return { ok: false, message: `${flag} needs a value` };
    const problem = applyValue(args, flag, value);
    if (problem) return { ok: false, message: problem };
  }
  if (args.urls.length === 0 && args.urlsFile === null) return { ok: false, message: 'no URL given (pass URLs or --urls-file FILE)' };
  return { ok: true, help: false, args };
}
