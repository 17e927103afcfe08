/**
 * Statements that mention data without declaring anything about it: liability disclaimers («не несет
 * ответственности при передаче… кодов доступа»), what the user must not do («Пользователь не имеет
 * права… добычи паролей»), other sites' practices, and the operator's own payment details (an account
 * number written out is where the person pays, not data taken from them; a BIN written out names the company).
 */
import { lazyPatterns } from '../lazy';

const OUT_OF_SCOPE = lazyPatterns('iu', () => [
  String.raw`ответственност`, String.raw`не\s+имеет\s+права`, String.raw`(?<![\p{L}])запрещ`, String.raw`сайт\p{L}*\s+третьих\s+лиц`,
  String.raw`жауапкершілі`, String.raw`құқығы\s+жоқ`, String.raw`тыйым\s+салын`, String.raw`үшінші\s+тұлғалардың\s+сайттар`,
  String.raw`(?<![\p{L}\p{N}])KZ\d{2}(?:\s?[\dA-Z]{4}){3,4}(?![\p{L}\p{N}])`,
  String.raw`(?<![\p{L}])(?:БИН|БСН|BIN)\s*:?\s*\d{12}(?![\p{N}])`,
  String.raw`(?<![\p{L}])liab`, String.raw`(?<![\p{L}])responsib`, String.raw`must\s+not`, String.raw`(?<![\p{L}])prohibit`, String.raw`third[-\s]party\s+(?:web)?sites`,
]);

export function isOutOfScope(text: string): boolean {
  return OUT_OF_SCOPE().some((pattern) => pattern.test(text));
}
