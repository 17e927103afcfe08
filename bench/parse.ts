/**
 * Parse time per seed policy: median of N runs after a warm-up, through the synchronous core
 * (hashing excluded). Run: node --import tsx bench/parse.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parsePolicySync } from '../src/policy/index';
import { median } from './stats';

const ROOT = join(import.meta.dirname, '..');
const SEEDS = ['1kredit.kz', 'kreditomat.kz', 'idcollect.kz', '100tenge.kz', 'sminvest.kz'];
const RUNS = 31;
const WARM_UP = 5;
const TARGET_MS = 20;
const TARGET_SITE = 'kreditomat.kz';
/** Published figure for the reference system; not measured here. */
const POLIGRAPH_MS = 2000;

function timeParse(name: string, text: string, runs: number): number {
  for (let i = 0; i < WARM_UP; i += 1) parsePolicySync(text, { source: name });
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    const result = parsePolicySync(text, { source: name });
    samples.push(performance.now() - started);
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  }
  return median(samples);
}

/** Just under 1 MB: the seeds repeated, the largest input the parser accepts. */
function largeInput(texts: readonly string[]): string {
  let out = '';
  for (let i = 0; new TextEncoder().encode(out).length < 900_000; i += 1) out += `${texts[i % texts.length] ?? ''}\n`;
  return out;
}

const texts = SEEDS.map((site) => readFileSync(join(ROOT, 'policies', site, 'policy.txt'), 'utf8'));
// The first parse in a process also compiles the lexicons and patterns, which are built lazily, not at import.
const firstStarted = performance.now();
parsePolicySync(texts[SEEDS.indexOf(TARGET_SITE)] ?? '', { source: TARGET_SITE });
const firstParseMs = performance.now() - firstStarted;
console.log(`median of ${RUNS} runs after ${WARM_UP} warm-up runs (parsePolicySync, no hashing)\n`);
let targetMedian = Number.NaN;
SEEDS.forEach((site, i) => {
  const text = texts[i] ?? '';
  const ms = timeParse(site, text, RUNS);
  if (site === TARGET_SITE) targetMedian = ms;
  console.log(`${site.padEnd(16)} ${String(new TextEncoder().encode(text).length).padStart(7)} B  ${ms.toFixed(2).padStart(8)} ms`);
});
const large = largeInput(texts);
console.log(`${'~0.9 MB synthetic'.padEnd(16)} ${String(new TextEncoder().encode(large).length).padStart(7)} B  ${timeParse('large', large, 5).toFixed(2).padStart(8)} ms`);
console.log('');
console.log(`${TARGET_SITE} (81 KB) median ${targetMedian.toFixed(2)} ms vs target ${TARGET_MS} ms: ratio ${(targetMedian / TARGET_MS).toFixed(2)} (≤ 1 meets the target)`);
console.log(`${TARGET_SITE} first parse in this process (includes compiling the lexicons): ${firstParseMs.toFixed(2)} ms`);
console.log(`reference: PoliGraph (Cui et al., USENIX Security 2023) takes about ${POLIGRAPH_MS / 1000} s per policy on a GPU server (published figure, not measured here): ${(POLIGRAPH_MS / targetMedian).toFixed(0)}× this median`);
