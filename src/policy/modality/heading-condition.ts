/**
 * A heading that puts its section under the person's consent alone («3. Аналитика (только с вашего согласия)», "Advertising
 * pixels (only with your consent)", «Жарнама (тек келісіміңізбен)») makes what the section says conditional, as a lead's
 * condition does for its items. A heading is short and declares nothing, so its condition is read here and nowhere else.
 */
import { rememberedTest } from '../lazy';
import { findCondition } from './condition';

const EXCLUSIVE = /(?<![\p{L}])(?:только|лишь|исключительно|only|solely|тек|ғана)(?![\p{L}])/iu;
const CONSENT = /(?<![\p{L}])(?:соглас|разреш|consent|permission|opt[\s-]?in|келісім|рұқсат)/iu;
/** Read for every statement under a heading: the plain tests are remembered, the condition read only under the rare gate. */
const mayGate = rememberedTest((heading) => EXCLUSIVE.test(heading) && CONSENT.test(heading));

/** The heading's consent condition, or null. */
export function headingCondition(heading: string): string | null {
  return heading !== '' && mayGate(heading) ? findCondition(heading) : null;
}
