/**
 * A paragraph that opens by switching its setting on ("If you switch this on, we count visits… The numbers
 * go to our analytics provider.", «Если вы включите этот переключатель, …», «Осы ауыстырғышты қоссаңыз, …»,
 * "When enabled, …"): a settings panel says under each switch what happens once it is on, so the opening
 * condition holds for every sentence of the paragraph, not only the first. A gerund opens it as well: «Включив эту
 * категорию, вы разрешаете…», "By enabling this category, you allow…", «Бұл санатты қосу арқылы…».
 * "Only if you switch this on, …", «Только если вы включите эту категорию, …»: made exclusive, it opens the paragraph the same way.
 */
import { lazyPattern } from '../lazy';

/** "this category", "these cookies", "it": what an English switch turns on. */
const EN_THIS = String.raw`(?:this|these|it|them)(?:\s+(?:category|categories|setting|switch|toggle|option|cookies))?`;

/** Anchored at the start of the paragraph, so the expression is tried at one position only. */
const SWITCH_OPENER = lazyPattern(String.raw`^\s*(?:only\s+|только\s+)?(?:${[
  String.raw`(?:if|once|when)\s+you\s+(?:switch|turn|toggle)\s+(?:this|it)(?:\s+(?:setting|switch|toggle|option))?\s+on`,
  String.raw`(?:if|once|when)\s+(?:(?:it|this)\s+is\s+)?(?:enabled|switched\s+on|turned\s+on)`,
  String.raw`(?:если|когда|после\s+того,?\s+как)\s+вы\s+включите\s+(?:(?:этот|эту|это|данн\p{L}*)(?:\s+\p{L}+)?|его|её|ее)`,
  String.raw`(?:если|когда)\s+(?:эт\p{L}+\s+\p{L}+\s+)?включен\p{L}*`,
  String.raw`включив\s+(?:(?:этот|эту|это|эти|данн\p{L}*)(?:\s+\p{L}+)?|его|её|ее|их)`,
  String.raw`(?:(?:if|once|when)\s+you|by)\s+(?:(?:enabl|activat)\p{L}*\s+${EN_THIS}|(?:switch|turn)\p{L}*\s+(?:on\s+${EN_THIS}|${EN_THIS}\s+on))`,
  String.raw`(?:егер\s+)?(?:(?:осы|бұл)\s+(?:ауыстырғыш|баптау|параметр|опция|санат)\p{L}*|осыны|оны)\s+(?:қоссаңыз|қосу\s+арқылы|қосып)`,
  String.raw`(?:қосулы|қосылған)\s+болса`,
].join('|')})(?![\p{L}])`, 'iu');

/** The switching condition a paragraph's first statement opens with, or null. */
export function switchOpener(text: string): string | null {
  return SWITCH_OPENER().exec(text)?.[0].replace(/\s+/gu, ' ').trim() ?? null;
}
