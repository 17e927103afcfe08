/**
 * Off until the person says yes: "Analytics cookies are switched off until you accept them", «отключены, пока вы не
 * дадите согласие», «келісім бергенге дейін өшірулі». That is no denial but a consent the practice waits for; so is a
 * denial said of those who do not say yes: "If you do not enable marketing cookies, none of these pixels are loaded",
 * «Если вы не отметите этот пункт, браузер не будет запрашивать…», «Келісім бермесеңіз, деректер берілмейді».
 */
import { lazyPattern } from '../lazy';

const RU_PERSON_YES = String.raw`(?:[Вв]ы|Пользователь|Клиент)\s+не\s+(?:\p{L}+\s+)?(?:разреш|соглас|дад|дади|дал|прим|включ|нажм|подтверд|отмет)\p{L}*`;

const UNTIL_CONSENT = String.raw`(?<![\p{L}])(?:until\s+you\s+(?:have\s+)?(?:accept|allow|consent|agree|enable|opt|switch|turn|give|gave|tick|click)[a-z]*|(?:пока|до\s+тех\s+пор,?\s+пока)\s+${RU_PERSON_YES}|до\s+(?:получения\s+)?(?:вашего\s+|Вашего\s+|вашего\s+явного\s+)?согласия|(?:келісім|рұқсат)\p{L}*\s+(?:бергенге\s+дейін|бергенше))`;

/** The person's no: the denial after it holds only for those who did not consent. */
const UNLESS_CONSENT = String.raw`(?<![\p{L}])(?:(?:if|where)\s+you\s+(?:do\s+not|don['’]t|did\s+not|didn['’]t)\s+(?:[a-z]+\s+)?(?:accept|allow|consent|agree|enable|opt|switch|turn|give|tick|click)[a-z]*|(?:если|в\s+случае,?\s+если)\s+${RU_PERSON_YES}|(?:келісім|рұқсат)\p{L}*\s+(?:бермесе|етпесе)(?:ңіз|ң|м)?(?![\p{L}])|(?:белгіле|қос)(?:ме|па)се(?:ңіз|ң|м)?(?![\p{L}]))`;

const UNTIL_CONDITION = lazyPattern(`${UNTIL_CONSENT}|${UNLESS_CONSENT}`, 'iu');
/** A plain search for a word every form holds: most clauses hold none. */
const UNTIL_WORD = /[uU]ntil|[пП]ока|до\s(?:получения\s)?(?:[вВ]ашего\s(?:явного\s)?)?согласия|дейін|бергенше|[Ii]f you d|[Ww]here you d|сли\s+(?:[Вв]ы|Пользователь|Клиент)\s+не\s|месе|пасе/u;

/** The "until" clause as a condition for condition.ts, looked for only in text holding one of its words. */
export function untilConsentPatterns(text: string): readonly RegExp[] {
  return UNTIL_WORD.test(text) ? [UNTIL_CONDITION()] : [];
}

const UNTIL_AFTER = lazyPattern(String.raw`^\s*,?\s*${UNTIL_CONSENT}`, 'iu');
const UNTIL_BEFORE = lazyPattern(String.raw`${UNTIL_CONSENT}\s*$|${UNLESS_CONSENT}[^.;]{0,60}$`, 'iu');

/** Whether a denial («switched off», «өшірулі») is said to hold only until the person consents, before or after it. */
export function lastsUntilConsent(before: string, after: string): boolean {
  if (!UNTIL_WORD.test(before) && !UNTIL_WORD.test(after)) return false;
  return UNTIL_AFTER().test(after) || UNTIL_BEFORE().test(before);
}
