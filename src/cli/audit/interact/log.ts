/** What `--interact` did on one site: printed under the site's line and kept out of the report JSON. */
import type { CategoryId } from '../../../categories';

export interface InteractionLog {
  typed: Array<{ category: CategoryId | null; label: string; value: string }>;
  pressed: string[];
  /** Button text → why it was not pressed, each button once. */
  refused: Map<string, string>;
  steps: number;
  stoppedBecause: string | null;
  refuse(text: string, reason: string): void;
}

export function createInteractionLog(): InteractionLog {
  const refused = new Map<string, string>();
  return {
    typed: [], pressed: [], refused, steps: 0, stoppedBecause: null,
    refuse(text, reason) {
      if (text !== '' && !refused.has(text)) refused.set(text, reason);
    },
  };
}

/** One line: how far the form went and which buttons were refused, e.g. «Получить SMS-код» (sends a code). */
export function describeInteraction(log: InteractionLog): string {
  const refusals = [...log.refused].filter(([, reason]) => reason !== 'is not recognised as safe' && reason !== 'has no label')
    .map(([text, reason]) => `«${text}» (${reason})`);
  const parts = [`typed ${log.typed.length} fields`, `${log.steps} form steps`];
  if (log.stoppedBecause) parts.push(log.stoppedBecause);
  if (refusals.length > 0) parts.push(`not pressed: ${refusals.join(', ')}`);
  return parts.join('; ');
}
