/**
 * A condition that opens one member of a coordinated list in a lead qualifies that member only: «даю согласие на сбор,
 * хранение, а при необходимости — трансграничную передачу моих данных, а именно:», "we collect and, where necessary,
 * share the following:", «жинауға және қажет болған жағдайда беруге». The items under such a lead are what is collected;
 * the condition is read for the lead's own evidence (the practice it qualifies) from the lead's clause, as before.
 */
import { lazyPattern } from '../lazy';

const OPENS_MEMBER = lazyPattern(String.raw`(?:^|[\s,;])(?:а|и|или|либо|and|or|және|немесе|не\s+болмаса)\s*,?\s*(?:[—–-]\s*)?$`, 'iu');

/** Whether every occurrence of `condition` in `lead` opens one member of a coordinated list (follows «а», «и», "and", «және»). */
export function qualifiesOneMember(lead: string, condition: string): boolean {
  const words = condition.split(' ').map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  let answer = false;
  for (const found of lead.matchAll(new RegExp(words.join('\\s+'), 'giu'))) {
    answer = OPENS_MEMBER().test(lead.slice(Math.max(0, found.index - 20), found.index));
    if (!answer) break;
  }
  return answer;
}
