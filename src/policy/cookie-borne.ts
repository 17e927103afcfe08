/**
 * Data that reaches anyone only through opt-in cookies is collected only from those who opted in. When the document sets
 * analytics or advertising cookies only with the person's consent (consent-gated.ts), a statement that says what is
 * obtained "through these cookies", «с помощью этих файлов cookie», «осы cookie файлдары арқылы», or agreed to "by
 * accepting analytics cookies", "by giving consent to analytics cookies", «принимая рекламные файлы cookie», «cookie-лерді
 * қоса отырып», takes that consent's condition for all it names:
 * the IP address the providers receive, their transfer abroad. The cookies themselves may still be set for other ends.
 */
import type { Declaration } from '../schema/policy';
import { opensConsentGate } from './consent-gated';
import { hasCondition } from './gate-settle';
import { lazyPattern } from './lazy';

/** The kinds the person switches on, named in the consent that opens the gate. */
const OPT_IN_COOKIES = lazyPattern(String.raw`(?:cookie|pixel|пиксел|пиксель)`, 'iu');

/** Data said to come through those cookies, or a practice agreed to by accepting them. */
const BORNE = lazyPattern([
  String.raw`(?<![\p{L}])(?:through|via|using|by\s+means\s+of)\s+(?:these|those|their|such)\s+(?:[a-z]+\s+){0,2}?(?:cookies|pixels)`,
  String.raw`(?<![\p{L}])by\s+(?:accepting|consenting\s+to|giving\s+(?:your\s+)?consent\s+to)\s+(?:[a-z]+\s+){0,3}?cookies`,
  String.raw`(?<![\p{L}])(?:с\s+помощью|посредством|через)\s+(?:этих|их|таких|данных)\s+(?:[\p{L}]+\s+){0,2}?(?:cookie|пиксел)`,
  String.raw`(?<![\p{L}])(?:принимая|давая\s+согласие\s+на|соглашаясь\s+на)\s+(?:[\p{L}]+\s+){0,3}?(?:файлы\s+)?cookie`,
  String.raw`(?:осы|олардың|мұндай)\s+(?:[\p{L}]+\s+){0,2}?cookie(?:\s+файлдар\p{L}*)?\s+арқылы`,
  String.raw`cookie\s+(?:файлдар\p{L}*\s+)?қабылда(?:саңыз|у\s+арқылы)`,
  // «cookie-лерді қоса отырып» (by switching the cookies on).
  String.raw`cookie[\p{L}-]*\s+(?:[\p{L}]+\s+)?қос(?:а\s+отырып|саңыз)`,
].join('|'), 'iu');

/** A plain search first: most documents say nothing of cookies. */
const HINT = /cookie|pixel|пиксел/iu;

/** The consent gate of analytics or advertising cookies (consent-gated.ts), not of a session recorder or a mailing. */
function opensGate(d: Declaration): d is Declaration & { condition: string } {
  return hasCondition(d) && (d.category === 'purpose_analytics' || d.category === 'purpose_advertising')
    && OPT_IN_COOKIES().test(d.quote) && opensConsentGate(d);
}

export function settleCookieBorne(declarations: readonly Declaration[]): Declaration[] {
  const gate = declarations.find(opensGate);
  if (!gate) return [...declarations];
  return declarations.map((d) => d.status === 'declared' && d.category !== 'cookies' && HINT.test(d.quote) && BORNE().test(d.quote)
    ? { ...d, status: 'conditional', condition: gate.condition } : d);
}
