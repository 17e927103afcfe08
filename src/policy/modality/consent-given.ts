/**
 * A consent said to have been given already, in the application or by this very document: «С согласия Покупателя,
 * выраженного в заявке, …», "with your consent given in the loan application", «өтінімде берілген келісіміңізбен». Every
 * applicant gives it by applying, so it adds no case: the practice is declared. A consent given separately («выраженного в
 * отдельном документе»), one of its own ticked in the application, or the only case is still a condition.
 */
import { lazyPattern } from '../lazy';

const PLACE_RU = String.raw`(?:заявк|анкет|заявлени|регистрац|настоящ|договор|оформлени)\p{L}*`;
const PLACE_EN = String.raw`(?:(?:the|your|this)\s+)?(?:(?:loan|credit)\s+)?(?:application|registration|sign[\s-]?up|agreement|form)`;

/** Said after the consent and its owner: «Покупателя, выраженного в заявке», "given in the application". */
const GIVEN_AFTER = lazyPattern(String.raw`^([^.;,]{0,40}?),?\s*(?:(?:выраженн|данн|предоставленн|полученн)\p{L}*\s+(?:\p{L}+\s+)?(?:в|при)\s+(?:\p{L}+\s+)?${PLACE_RU}|(?:given|expressed|provided)\s+(?:in|with|on|during|when\s+(?:you\s+)?(?:signing|submitting))\s+${PLACE_EN})`, 'iu');

/** Said right before it: «өтінімде берілген келісіміңізбен». */
const GIVEN_BEFORE = lazyPattern(String.raw`(?:өтінім|сауалнама|тіркелу|шарт)\p{L}*\s+(?:кезінде\s+)?берілген\s+$`, 'iu');

const CONSENT_WORD = /соглас|келісім|consent/iu;

/**
 * A consent of its own even when ticked in the application: a separate one («отдельного согласия»), one to something
 * named («согласия на получение рекламы», "consent to marketing"), or the only case («только при наличии согласия»).
 */
const OWN_CONSENT = lazyPattern(String.raw`отдельн|separate|жеке|бөлек|\sна\s+\p{L}|consent\s+to\s|только|лишь|исключительно|only|тек\s`, 'iu');

export function consentGivenAlready(condition: string, before: string, after: string): boolean {
  if (!CONSENT_WORD.test(condition) || OWN_CONSENT().test(condition) || OWN_CONSENT().test(before.slice(-25))) return false;
  const given = GIVEN_AFTER().exec(after.slice(0, 160));
  if (given) return !OWN_CONSENT().test(given[1] ?? '');
  return GIVEN_BEFORE().test(before.slice(-60));
}
