/**
 * A run-in heading («Жарнама.», «Рекламные:», "Marketing.", «Контакты, SMS, журнал звонков, микрофон.») only names the
 * topic of its paragraph: when the body speaks of the same category, the body's own status counts, not the bare heading's.
 */
import type { CategoryId } from '../categories';
import type { Declaration } from '../schema/policy';

const MAX_HEADING_WORDS = 3;
/** A run-in heading may list its topics, each a word or two. */
const MAX_LISTED_TOPIC_WORDS = 2;
const MAX_LISTED_HEADING_WORDS = 8;

function isRunInHeading(text: string): boolean {
  if (!/[.:]$/u.test(text)) return false;
  const bare = text.replace(/[.:]+$/u, '').trim();
  const words = bare.split(/\s+/u);
  if (words.length <= MAX_HEADING_WORDS) return true;
  const topics = bare.split(/\s*,\s*|\s+(?:и|and|және)\s+/u);
  return words.length <= MAX_LISTED_HEADING_WORDS && topics.length > 1 && topics.every((topic) => topic.split(/\s+/u).length <= MAX_LISTED_TOPIC_WORDS);
}

/** Drops from the paragraph's first statement, when it is a run-in heading, the categories its body speaks of. */
export function dropHeadingRepeats(group: readonly number[], perStatement: Declaration[][], headingText: string): void {
  const [first, ...rest] = group;
  if (first === undefined || rest.length === 0 || !isRunInHeading(headingText)) return;
  const inBody = new Set<CategoryId>(rest.flatMap((index) => (perStatement[index] ?? []).map((d) => d.category)));
  perStatement[first] = (perStatement[first] ?? []).filter((d) => !inBody.has(d.category));
}
