/**
 * How far two careful labellers agree on the same documents, beside how far the parser agrees with each:
 * the ceiling an F1 target on hand labels can be read against. A held-out round with a `second-labeller/`
 * folder holds a second, independent labelling of its documents (same category list and conventions, the
 * first labels unseen); F1 is over the (document, category, status) triples that are not silent.
 * Run: node --import tsx bench/label-agreement.ts
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePolicySync, summarizeDeclarations } from '../src/policy/index';

type Labels = Map<string, string>;
interface Tally { tp: number; fp: number; fn: number }

const HELD_OUT = join(import.meta.dirname, '..', 'tests/unit/policy/heldout');

function readLabels(file: string): Labels {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const expected = typeof parsed === 'object' && parsed !== null && 'expected' in parsed ? parsed.expected : null;
  if (typeof expected !== 'object' || expected === null) throw new Error(`${file}: no "expected" object`);
  return new Map(Object.entries(expected).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== 'silent'));
}

function parserLabels(file: string): Labels {
  const result = parsePolicySync(readFileSync(file, 'utf8'), { source: file });
  return result.ok ? new Map(summarizeDeclarations(result.policy)) : new Map();
}

/** `other` scored against `reference`. */
function add(tally: Tally, reference: Labels, other: Labels): void {
  let tp = 0;
  for (const [category, status] of other) if (reference.get(category) === status) tp += 1;
  tally.tp += tp;
  tally.fp += other.size - tp;
  tally.fn += reference.size - tp;
}

function line(label: string, { tp, fp, fn }: Tally): string {
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  const f1 = (2 * precision * recall) / Math.max(Number.EPSILON, precision + recall);
  return `  ${label.padEnd(44)} P=${precision.toFixed(3)} R=${recall.toFixed(3)} F1=${f1.toFixed(3)}  (tp ${tp}, fp ${fp}, fn ${fn})`;
}

const empty = (): Tally => ({ tp: 0, fp: 0, fn: 0 });
const totals = { second: empty(), parserFirst: empty(), parserSecond: empty() };
for (const round of readdirSync(HELD_OUT).sort()) {
  const secondDir = join(HELD_OUT, round, 'second-labeller');
  if (!existsSync(secondDir)) continue;
  const tallies = { second: empty(), parserFirst: empty(), parserSecond: empty() };
  const files = readdirSync(secondDir).filter((file) => file.endsWith('.json')).sort();
  for (const file of files) {
    const text = readdirSync(join(HELD_OUT, round)).find((name) => name.replace(/\.(?:txt|html)$/u, '.json') === file && name !== file);
    if (!text) throw new Error(`${round}/${file}: no document`);
    const [first, second, parser] = [readLabels(join(HELD_OUT, round, file)), readLabels(join(secondDir, file)), parserLabels(join(HELD_OUT, round, text))];
    for (const [tally, total, reference, other] of [[tallies.second, totals.second, first, second], [tallies.parserFirst, totals.parserFirst, first, parser],
      [tallies.parserSecond, totals.parserSecond, second, parser]] as const) {
      add(tally, reference, other);
      add(total, reference, other);
    }
  }
  console.log(`${round} (${files.length} documents)`);
  console.log(line('second labeller against the first', tallies.second));
  console.log(line('parser against the first labeller', tallies.parserFirst));
  console.log(line('parser against the second labeller', tallies.parserSecond));
}
console.log('all');
console.log(line('second labeller against the first', totals.second));
console.log(line('parser against the first labeller', totals.parserFirst));
console.log(line('parser against the second labeller', totals.parserSecond));
