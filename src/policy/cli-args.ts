/** Arguments of `policy parse FILE [--lang auto|ru|kk|en]`, parsed without touching the file system. */
import type { LanguageOption } from './types';

export type PolicyCliArgs = { ok: true; command: 'parse'; file: string; lang: LanguageOption } | { ok: false; message: string };

export const POLICY_CLI_USAGE = 'usage: npm run --silent policy -- parse FILE [--lang auto|ru|kk|en]';

function isLanguageOption(value: string): value is LanguageOption {
  return value === 'auto' || value === 'ru' || value === 'kk' || value === 'en';
}

export function parsePolicyCliArgs(argv: readonly string[]): PolicyCliArgs {
  const [command, ...rest] = argv;
  if (command !== 'parse') {
    return { ok: false, message: command === undefined ? `missing command; ${POLICY_CLI_USAGE}` : `unknown command "${command}"; ${POLICY_CLI_USAGE}` };
  }
  let file: string | undefined;
  let lang: LanguageOption = 'auto';
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i] ?? '';
    if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? rest[(i += 1)] : arg.slice('--lang='.length);
      if (value === undefined || !isLanguageOption(value)) return { ok: false, message: `--lang must be one of auto, ru, kk, en (got ${value === undefined ? 'nothing' : `"${value}"`})` };
      lang = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      return { ok: false, message: `unknown option "${arg}"; ${POLICY_CLI_USAGE}` };
    } else if (file === undefined) {
      file = arg;
    } else {
      return { ok: false, message: `unexpected argument "${arg}"; ${POLICY_CLI_USAGE}` };
    }
  }
  if (file === undefined || file.length === 0) return { ok: false, message: `missing FILE; ${POLICY_CLI_USAGE}` };
  return { ok: true, command: 'parse', file, lang };
}
