/**
 * `npm run --silent policy -- parse FILE [--lang auto|ru|kk|en]`: prints the parsed policy as JSON.
 * Exit 2 with one line on stderr for bad arguments or an unreadable, empty, binary or non-policy file.
 */
import { readFileSync } from 'node:fs';
import { parsePolicyCliArgs } from '../policy/cli-args';
import { parsePolicy } from '../policy/index';
import { sha256Hex } from '../util/sha256';

function fail(message: string): never {
  process.stderr.write(`policy: ${message.replace(/\s+/gu, ' ')}\n`);
  process.exit(2);
}

/** UTF-16 files carry a byte-order mark; everything else is read as UTF-8 (bad bytes become U+FFFD). */
function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

async function main(): Promise<void> {
  const args = parsePolicyCliArgs(process.argv.slice(2));
  if (!args.ok) fail(args.message);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(args.file);
  } catch (error) {
    fail(`cannot read ${args.file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const result = await parsePolicy(decode(bytes), { source: args.file, lang: args.lang });
  if (!result.ok) fail(`${args.file}: ${result.error.code}: ${result.error.message}`);
  // The hash identifies the file as published, so it is taken over its bytes, not the decoded text.
  const { source, languages, sections, declarations } = result.policy;
  const policy = { source, sha256: await sha256Hex(bytes), languages, sections, declarations };
  process.stdout.write(`${JSON.stringify(policy, null, 2)}\n`);
}

await main();
