/** What a format reader returns: the document's text, or why it has none the parser could use. */
import type { DiscoveryProblem } from '../../schema/discovery';

export type TextResult = { ok: true; text: string } | { ok: false; problem: DiscoveryProblem };
