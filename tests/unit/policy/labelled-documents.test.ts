/**
 * Every hand-labelled document (the held-out rounds under heldout/) is accepted as a policy, every quote the parser
 * gives for it is a verbatim piece of its text (the evidence an auditor cites must be findable in the source), and the
 * result fits the schema the offscreen document, the popup and the report check it against.
 * The scores live in bench/parser-accuracy.ts; this guards the invariants on text the unit tests were not written for.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeForQuote, parsePolicySync } from '../../../src/policy/index';
import { ParsedPolicy } from '../../../src/schema/policy';

const HELD_OUT = join(import.meta.dirname, 'heldout');

function labelledDocuments(): [string, string][] {
  return readdirSync(HELD_OUT).sort().flatMap((round) => readdirSync(join(HELD_OUT, round))
    .filter((file) => /\.(?:txt|html)$/u.test(file))
    .sort()
    .map((file): [string, string] => [`${round}/${file}`, join(HELD_OUT, round, file)]));
}

const documents = labelledDocuments();

describe('labelled documents', () => {
  it('are found: every held-out round is read', () => {
    expect(documents.length).toBeGreaterThanOrEqual(150);
  });

  it.each(documents)('%s: accepted, every quote verbatim, within the schema', (_name, path) => {
    const result = parsePolicySync(readFileSync(path, 'utf8'), { source: path });
    if (!result.ok) throw new Error(`refused: ${result.error.code}`);
    expect(result.policy.declarations.length).toBeGreaterThan(0);
    const source = normalizeForQuote(result.text);
    const notVerbatim = result.policy.declarations.filter((declaration) => {
      const quote = normalizeForQuote(declaration.quote);
      return quote.length === 0 || !source.includes(quote);
    });
    expect(notVerbatim.map((declaration) => declaration.quote)).toEqual([]);
    expect(ParsedPolicy.safeParse({ ...result.policy, sha256: '0'.repeat(64) }).error?.issues ?? []).toEqual([]);
  });
});
