/**
 * Statements that mention data without declaring anything about it: liability disclaimers («не несет
 * ответственности при передаче… кодов доступа»), what the user must not do («Пользователь не имеет
 * права… добычи паролей»), other sites' practices, fraud warnings (what a fraudster asks for), and the
 * operator's own payment details (an account
 * number written out is where the person pays, not data taken from them; a BIN written out names the company).
 */
import { hintedTest, lazyPattern, lazyPatterns, patternsByScript } from '../lazy';

const OUT_OF_SCOPE = patternsByScript('iu', () => [
  String.raw`ответственност`, String.raw`не\s+имеет\s+права`, String.raw`(?<![\p{L}])запрещ`, String.raw`сайт\p{L}*\s+третьих\s+лиц`,
  String.raw`жауапкершілі`, String.raw`құқығы\s+жоқ`, String.raw`тыйым\s+салын`, String.raw`үшінші\s+тұлғалардың\s+сайттар`,
  String.raw`(?<![\p{L}\p{N}])KZ\d{2}(?:\s?[\dA-Z]{4}){3,4}(?![\p{L}\p{N}])`,
  String.raw`(?<![\p{L}])(?:БИН|БСН|BIN)\s*:?\s*\d{12}(?![\p{N}])`,
  String.raw`(?<![\p{L}])liab`, String.raw`(?<![\p{L}])responsib`, String.raw`must\s+not`, String.raw`(?<![\p{L}])prohibit`, String.raw`third[-\s]party\s+(?:web)?sites`,
]);

/**
 * Fraud warnings: «если кто-то от нашего имени просит данные карты», "scammers may ask for your code".
 * Case is spelled out on the first letter: case-insensitive, these words would be tried at every position.
 */
const isFraudWarning = hintedTest(/ошенник|нашего\s+имени|лаяқтар|raudster|cammer|behalf\s+asks/u,
  String.raw`(?<![\p{L}])(?:[мМ]ошенник|[оО]т\s+нашего\s+имени|[аА]лаяқтар|[fF]raudster|[sS]cammer|[oO]n\s+our\s+behalf\s+asks)`, 'u');

export function isOutOfScope(text: string): boolean {
  return OUT_OF_SCOPE(text).some((pattern) => pattern.test(text)) || isFraudWarning(text);
}

/**
 * Data the person types on another company's page («вводите на странице банка-эквайера», «серіктес банктің
 * төлем бетінде», «эквайер-банктің төлем парағында», "a form hosted by our payment provider", "on that lender's
 * website"): that company collects it, not the operator.
 */
const ENTERED_ELSEWHERE = lazyPatterns('iu', () => [
  String.raw`(?<![\p{L}])на\s+(?:защищённой\s+|защищенной\s+)?(?:платёжной\s+|платежной\s+)?(?:странице|сайте)\s+(?:банка|эквайер|платёжн|платежн|провайдер|кредитор|партн[её]р)`,
  String.raw`(?<![\p{L}])(?:банктің|банкінің|провайдердің|серіктестің|кредитордың)\s+(?:төлем\s+)?(?:бетінде|сайтында|парағында|парақшасында)`,
  // "on the payment page hosted by our acquiring bank": the page and its host may be qualified.
  String.raw`(?<![\p{L}])(?:on|into)\s+(?:a|the)\s+(?:(?:payment|secure|checkout|card)\s+)?(?:page|form)\s+(?:hosted\s+by|of)\s+(?:our|the|a)\s+(?:(?:acquiring|partner|issuing)\s+)?(?:payment\s+provider|acquir|bank)`,
  // "on that lender's website", "on the payment provider's own page".
  String.raw`(?<![\p{L}])(?:on|into|at)\s+(?:the|that|this|a|its)\s+(?:partner\s+)?(?:lender|acquirer|payment\s+provider)['’]s\s+(?:own\s+)?(?:website|site|page|app)`,
]);

/** "the card verification value is entered solely on the payment page of the acquiring bank": only the CVV goes there. */
const CODE_ONLY = lazyPattern(String.raw`(?:CVV2?|CVC2?|card\s+verification\s+(?:value|code)|security\s+code|CVV-код\p{L}*|CVC-код\p{L}*)\s+(?:[\p{L}-]+\s+){0,4}$`, 'iu');

export function isEnteredElsewhere(clause: string): boolean {
  for (const pattern of ENTERED_ELSEWHERE()) {
    const found = pattern.exec(clause);
    if (found && !CODE_ONLY().test(clause.slice(Math.max(0, found.index - 80), found.index))) return true;
  }
  return false;
}
