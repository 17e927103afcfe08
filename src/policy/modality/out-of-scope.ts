/**
 * Statements that mention data without declaring anything about it: liability disclaimers («не несет
 * ответственности при передаче… кодов доступа»), what the user must not do («Пользователь не имеет
 * права… добычи паролей»), and other sites' practices.
 */

const OUT_OF_SCOPE: readonly RegExp[] = [
  /ответственност/iu, /не\s+имеет\s+права/iu, /(?<![\p{L}])запрещ/iu, /сайт\p{L}*\s+третьих\s+лиц/iu,
  /жауапкершілі/iu, /құқығы\s+жоқ/iu, /тыйым\s+салын/iu, /үшінші\s+тұлғалардың\s+сайттар/iu,
  /(?<![\p{L}])liab/iu, /(?<![\p{L}])responsib/iu, /must\s+not/iu, /(?<![\p{L}])prohibit/iu, /third[-\s]party\s+(?:web)?sites/iu,
];

export function isOutOfScope(text: string): boolean {
  return OUT_OF_SCOPE.some((pattern) => pattern.test(text));
}
