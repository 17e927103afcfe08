/**
 * A heading that puts its section under the person's consent alone («3. Аналитика (только с вашего согласия)», "Advertising
 * pixels (only with your consent)", «Жарнама (тек келісіміңізбен)») or leaves it to the person («Сведения о доходах
 * (заполняется по желанию)», "Optional details", «міндетті емес») makes what the section says conditional, as a lead's
 * condition does for its items. A heading is short and declares nothing, so its condition is read here and nowhere else.
 */
import { rememberedTest } from '../lazy';
import { findCondition } from './condition';
import { leavesToPerson } from './person-choice';

const EXCLUSIVE = /(?<![\p{L}])(?:только|лишь|исключительно|only|solely|тек|ғана)(?![\p{L}])/iu;
const CONSENT = /(?<![\p{L}])(?:соглас|разреш|consent|permission|opt[\s-]?in|келісім|рұқсат)/iu;
/** Read for every statement under a heading: the plain tests are remembered, the condition read only under the rare gate. */
const mayGate = rememberedTest((heading) => (EXCLUSIVE.test(heading) && CONSENT.test(heading)) || leavesToPerson(heading));

/** The heading's consent or optional condition, or null. */
export function headingCondition(heading: string): string | null {
  if (heading === '' || !mayGate(heading)) return null;
  const condition = findCondition(heading);
  return condition && (leavesToPerson(condition) || (EXCLUSIVE.test(heading) && CONSENT.test(condition))) ? condition : null;
}
