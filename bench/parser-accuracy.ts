/**
 * Parser accuracy on hand-labelled policies: precision, recall and F1 over (policy, category, status)
 * triples, for the five seed policies and, separately, the held-out texts written after the parser.
 * Run: node --import tsx bench/parser-accuracy.ts
 * HIDE_ROUNDS=25,31,34,36,38,40 leaves those rounds out entirely, so whoever tunes the parser cannot see the rounds kept untuned.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isVerbatimQuote, parsePolicySync, summarizeDeclarations } from '../src/policy/index';

interface LabelledPolicy { name: string; text: string; expected: Map<string, string> }
interface Score { tp: number; fp: number; fn: number; quotes: number; badQuotes: number }

const ROOT = join(import.meta.dirname, '..');
const SEEDS = ['1kredit.kz', 'kreditomat.kz', 'idcollect.kz', '100tenge.kz', 'sminvest.kz'];

function readLabels(file: string): Map<string, string> {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const expected = typeof parsed === 'object' && parsed !== null && 'expected' in parsed ? parsed.expected : null;
  if (typeof expected !== 'object' || expected === null) throw new Error(`${file}: no "expected" object`);
  return new Map(Object.entries(expected).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== 'silent'));
}

function seedPolicies(): LabelledPolicy[] {
  return SEEDS.map((site) => ({
    name: site,
    text: readFileSync(join(ROOT, 'policies', site, 'policy.txt'), 'utf8'),
    expected: readLabels(join(ROOT, 'tests/unit/policy/labels', `${site}.json`)),
  }));
}

/**
 * Each round was written and labelled before the parser read it, measured once, and then used to fix
 * general gaps. First-run F1: round 1 0.938, round 2 0.837, round 3 0.809, round 4 0.879 (written blind
 * by a labeller who never saw the parser; a credit-bureau consent was refused as not a policy), round 5
 * 0.855 (blind; a cookie policy refused), round 6 0.896 (blind, P 0.915 R 0.878), round 7 0.793 (blind, P 0.872
 * R 0.728; a short app-store block and a short collector SMS refused; then partly tuned), round 8 0.883 (blind, P 0.889
 * R 0.877, no text refused; then tuned), round 9 0.873 (blind, P 0.878 R 0.867, measured after round 8's fixes),
 * round 10 0.830 (blind, P 0.842 R 0.819, no text refused, measured before any change for it); rounds 9 and
 * 10 then tuned together (0.924 and 0.941), round 11 0.876 (blind, P 0.883 R 0.868, no text refused, measured
 * after rounds 9 and 10's fixes), round 12 0.875 (blind, P 0.892 R 0.858, no text refused, measured before any
 * change for it); rounds 11 and 12 then tuned together (0.949 and 0.965), round 13 0.868 (blind, P 0.882 R 0.855,
 * no text refused, measured after rounds 11 and 12's fixes; then tuned, 0.989), round 14 0.927 (blind, P 0.949
 * R 0.906, no text refused, measured after round 13's fixes; then tuned, 0.992),
 * round 15 0.913 (blind, P 0.919 R 0.907, no text refused, measured after round 14's fixes; then tuned, 0.998),
 * round 16 0.940 (blind, P 0.930 R 0.950, no text refused, measured after round 15's fixes, which changed none of its
 * scores: 0.940 before them too; then tuned, 0.996), round 17 0.915 (blind, P 0.919 R 0.910, no text refused, measured
 * after round 16's fixes; then tuned, 1.000), round 18 0.785 (blind, P 0.803 R 0.768, measured after round 17's fixes: a
 * two-line Kazakh SMS terms text refused as not a policy, and a one-sentence consent whose list carried an aside
 * «доступ к которой не осуществляется» read as denying every item; the other seven P 0.916 R 0.906 F1 0.911; then
 * partly tuned for those two causes and a condition on one verb of a lead, 0.903; then for dash-set conditions on list
 * members, table rows answered No, categories off until switched on, 0.972), round 19 0.956 (blind, P 0.958 R 0.954, no
 * text refused) and round 20 0.931 (blind, P 0.931 R 0.931, no text refused), written together and measured before and
 * after round 18's second fixes with the same scores; together P 0.945 R 0.943 F1 0.944; then tuned together (0.990 and
 * 0.998), round 21 0.934 (blind, P 0.928 R 0.940, no text refused, measured after rounds 19 and 20's fixes; kept untuned
 * for one session as the measure of unseen text, then tuned, 0.989), rounds 22, 23 and 24 (blind, written by three
 * labellers at once, no text refused): 0.943, 0.917 and 0.868 before round 21's fixes, 0.946, 0.917 and 0.877 after
 * them (round 24's cookie notice, where everything behind an opt-in cookie banner is conditional, 0.345); then partly
 * tuned in two passes (0.955, 0.933, 0.943; then 0.968, 0.944, 0.952), round 25 0.955 (blind, P 0.958 R 0.953, no text
 * refused; the same before and after round 21's and rounds 22–24's fixes; left untuned, so it keeps measuring text the
 * parser was not fitted to), rounds 26, 27 and 28 (blind, written by three labellers at once, no text refused; 27
 * documents): 0.898, 0.897 and 0.910, together P 0.890 R 0.914 F1 0.902, measured before any change for them; then tuned together, 0.965, 0.962 and
 * 0.957, which moved round 25 from 0.955 to 0.960), rounds 29 and 30 (blind, written by two labellers at once, no text
 * refused; 18 documents): 0.919 and 0.932, measured before any change for them; then tuned together, 0.991 and 0.981
 * (with rounds 10, 11, 18, 22 and 28 a little higher and round 25 unchanged at 0.960), round 31 (blind, written beside
 * them, no text refused): 0.952 (P 0.943 R 0.961), the same before and after those fixes; left untuned beside round 25,
 * rounds 32, 33, 34 and 35 (blind, written by four labellers at once, no text refused; round 32's writer had read
 * rounds 29–31 for their format, the others only the category list; 36 documents): 0.890, 0.916, 0.941 and 0.904,
 * together P 0.921 R 0.904 F1 0.913, measured before any change for them; then rounds 32, 33 and 35 tuned together
 * (0.937, 0.972, 0.932), with round 34 left untuned (0.943 after those fixes); rounds 34 and 35 were then labelled a
 * second time by a labeller who had not seen the first labels, who agreed with them at F1 0.986 (bench/label-agreement.ts),
 * rounds 36, 37 and 38 (blind, written by three labellers at once, no text refused; 27 documents): 0.961, 0.857 and
 * 0.952, together P 0.931 R 0.915 F1 0.923, measured before any change for them (round 37's registration page, 0.326,
 * had its form labels and consent boxes read as one sentence); a second labeller agreed with their labels at F1 0.996.
 * Rounds 32, 33, 35 and 37 were then tuned (0.963, 0.989, 0.982; round 37 0.908 after the HTML fix, then 0.979), with
 * rounds 36 and 38 left untuned beside 25, 31 and 34: 0.957 and 0.950 after those fixes (0.961 and 0.952 before them).
 * Rounds 39 and 40 (blind, written by two labellers at once after all those fixes; 18 documents): 0.910 and 0.932,
 * together P 0.951 R 0.894 F1 0.921, with round 39's cookie settings page refused as no policy (it never says
 * «персональные данные»); round 39 then tuned for that refusal alone (0.926), round 40 left untuned.
 * HIDE_ROUNDS=25,31,34,36,38,40 is what a tuner runs.
 */
function heldOutPolicies(round: string): LabelledPolicy[] {
  const dir = join(ROOT, 'tests/unit/policy/heldout', round);
  return readdirSync(dir).filter((f) => /\.(txt|html)$/u.test(f)).sort().map((file) => ({
    name: file,
    text: readFileSync(join(dir, file), 'utf8'),
    expected: readLabels(join(dir, file.replace(/\.(txt|html)$/u, '.json'))),
  }));
}

function score(policy: LabelledPolicy): Score & { misses: string[] } {
  const result = parsePolicySync(policy.text, { source: policy.name });
  // A rejected text counts as every labelled category missed, so one refusal cannot hide a round's score.
  if (!result.ok) {
    const misses = [`  rejected: ${result.error.code}`, ...[...policy.expected].map(([category, status]) => `  missed ${category}=${status}`)];
    return { tp: 0, fp: 0, fn: policy.expected.size, quotes: 0, badQuotes: 0, misses };
  }
  const predicted = new Map<string, string>(summarizeDeclarations(result.policy));
  const misses: string[] = [];
  let tp = 0;
  for (const [category, status] of predicted) {
    if (policy.expected.get(category) === status) tp += 1;
    else misses.push(`  extra  ${category}=${status} (expected ${policy.expected.get(category) ?? 'silent'})`);
  }
  for (const [category, status] of policy.expected) {
    if (predicted.get(category) !== status) misses.push(`  missed ${category}=${status}`);
  }
  const quotes = result.policy.declarations.length;
  const badQuotes = result.policy.declarations.filter((d) => !isVerbatimQuote(result.text, d.quote)).length;
  return { tp, fp: predicted.size - tp, fn: policy.expected.size - tp, quotes, badQuotes, misses };
}

function f1Line(label: string, s: Score): string {
  const precision = s.tp / Math.max(1, s.tp + s.fp);
  const recall = s.tp / Math.max(1, s.tp + s.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return `${label.padEnd(24)} P=${precision.toFixed(3)} R=${recall.toFixed(3)} F1=${f1.toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn}; quotes ${s.quotes}, not verbatim ${s.badQuotes})`;
}

function report(title: string, policies: readonly LabelledPolicy[]): Score {
  console.log(`\n${title}`);
  const total: Score = { tp: 0, fp: 0, fn: 0, quotes: 0, badQuotes: 0 };
  for (const policy of policies) {
    const s = score(policy);
    console.log(f1Line(policy.name, s));
    for (const miss of s.misses) console.log(miss);
    total.tp += s.tp; total.fp += s.fp; total.fn += s.fn; total.quotes += s.quotes; total.badQuotes += s.badQuotes;
  }
  console.log(f1Line(`${title} total`, total));
  return total;
}

/** How each round was used after its first run (see the comment on `heldOutPolicies`). */
const ROUNDS: readonly (readonly [number, string])[] = [
  [1, 'tuned after its first run'], [2, 'tuned after its first run'], [3, 'tuned after its first run'],
  [4, 'tuned after its first run'], [5, 'tuned after its first run'], [6, 'tuned after its first run'],
  [7, 'blind; partly tuned after its first run: short notices, FAQ answers'], [8, 'blind; tuned after its first run'],
  [9, 'blind; tuned after its first run'], [10, 'blind; tuned after its first run'], [11, 'blind; tuned after its first run'],
  [12, 'blind; tuned after its first run'], [13, 'blind; tuned after its first run'],
  [14, 'blind; tuned after its first run'], [15, 'blind; tuned after its first run'], [16, 'blind; tuned after its first run'], [17, 'blind; tuned after its first run'],
  [18, 'blind; tuned after its first run'],
  [19, 'blind; tuned after its first run'], [20, 'blind; tuned after its first run'],
  [21, 'blind; tuned after its first run'],
  [22, 'blind; partly tuned after its first run'], [23, 'blind; partly tuned after its first run'],
  [24, 'blind; partly tuned after its first run'], [25, 'blind; not tuned'],
  [26, 'blind; tuned after its first run'], [27, 'blind; tuned after its first run'], [28, 'blind; tuned after its first run'],
  [29, 'blind; tuned after its first run'], [30, 'blind; tuned after its first run'], [31, 'blind; not tuned'],
  [32, 'blind; tuned after its first run'], [33, 'blind; tuned after its first run'], [34, 'blind; not tuned'],
  [35, 'blind; tuned after its first run'], [36, 'blind; not tuned'], [37, 'blind; tuned after its first run'], [38, 'blind; not tuned'],
  [39, 'blind; partly tuned after its first run: a cookie settings page refused'], [40, 'blind; not tuned'],
];

const HIDDEN = new Set((process.env.HIDE_ROUNDS ?? '').split(',').filter(Boolean).map(Number));
const totals = [
  report('seed policies', seedPolicies()),
  ...ROUNDS.filter(([round]) => !HIDDEN.has(round)).map(([round, use]) => report(`held-out round ${round} (${use})`, heldOutPolicies(`round${round}`))),
];
console.log('');
console.log(f1Line('all', totals.reduce((sum, t) => ({
  tp: sum.tp + t.tp, fp: sum.fp + t.fp, fn: sum.fn + t.fn, quotes: sum.quotes + t.quotes, badQuotes: sum.badQuotes + t.badQuotes,
}), { tp: 0, fp: 0, fn: 0, quotes: 0, badQuotes: 0 })));
