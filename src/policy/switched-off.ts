/**
 * A settings panel names each switch on its own line, its state beside it, and explains in the paragraph below what the
 * switch turns on («□ Analytics cookies   Off», «□ Аналитические — Выкл. (по умолчанию)», «□ Маркетингтік cookie — Өшірулі»).
 * Under a switch left off that paragraph tells what happens once the person turns it on, so what it declares is
 * conditional, every sentence of it, not only one that repeats the condition. A consent form titles each box the same way
 * («☐ Резервные копии за рубежом», "[ ] Selfie check (optional)") over the consent's text, right below it: an empty box
 * grants that text only if ticked, unless the title marks it as required («… *», «(обязательно)»).
 */
import type { Declaration } from '../schema/policy';
import { lazyPattern } from './lazy';
import { UNCONDITIONAL } from './modality/unconditional';
import type { Statement } from './statements';

/** An empty box, a short name without a sentence's punctuation, and the state «off» closing the line. */
const OFF_SWITCH = lazyPattern(String.raw`^(?:\[\s\]|☐|□)[^.!?:;\n]{1,80}?(?<![\p{L}])(?:off|disabled|выкл(?:ючен[оа]?|ючены)?|отключен[оаы]?|өшірулі|өшірілген)\.?(?:\s*\([^()\n]{0,40}\))?$`, 'iu');
/** An empty box and a short title without a sentence's punctuation. */
const BOX_TITLE = lazyPattern(String.raw`^(?:\[\s\]|☐|□)[^.!?:;\n]{1,80}$`, 'u');
const REQUIRED_MARK = lazyPattern(String.raw`\*|(?<![\p{L}])(?<!не\s)(?:обязательн\p{L}*|required|mandatory|міндетті(?!\s+емес))(?![\p{L}])`, 'iu');
const BOX_START = /^(?:\[[\sxX✓✔]?\]|[☐☑☒□■])/u;

function isOffSwitch(text: string): boolean {
  const first = text.charAt(0);
  return (first === '□' || first === '☐' || first === '[') && OFF_SWITCH().test(text);
}

/** An optional box's title right above the text it grants (no blank line between), which is no box itself. */
function isOptionalBoxTitle(text: string, gap: string, firstText: string): boolean {
  return !gap.includes('\n\n') && !BOX_START.test(firstText) && BOX_TITLE().test(text) && !REQUIRED_MARK().test(text);
}

/** Makes the paragraph `group` conditional when the line right above it is a switch left off or an optional box's title. */
export function applySwitchedOff(analysis: string, statements: readonly Statement[], group: readonly number[], perStatement: Declaration[][]): void {
  const [firstIndex = 0] = group;
  const first = statements[firstIndex];
  const label = statements[firstIndex - 1];
  if (!first || !label || label.blockIndex !== first.blockIndex - 1) return;
  const text = analysis.slice(label.start, label.end);
  if (!isOffSwitch(text) && !isOptionalBoxTitle(text, analysis.slice(label.end, first.start), analysis.slice(first.start, first.start + 3))) return;
  const condition = text.replace(/\s+/gu, ' ');
  for (const index of group) {
    perStatement[index] = (perStatement[index] ?? []).map((d) => (d.status === 'declared' && !UNCONDITIONAL().test(d.quote) ? { ...d, status: 'conditional', condition } : d));
  }
}
