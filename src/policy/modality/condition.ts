/**
 * Conditions that make a declaration conditional: consent («с согласия Пользователя»,
 * «Пайдаланушының рұқсатымен», "with your permission"), need («при необходимости», «қажет болған
 * жағдайда») and discretion («на свое усмотрение», «өз қалауы бойынша», "at your discretion").
 * «Без согласия» and «даёте согласие на…» are not conditions.
 */

const CONDITIONS: readonly RegExp[] = [
  /(?<![\p{L}])с\s+(?:(?:предварительного|письменного|явного|отдельного|его|её|ее|вашего|их|Вашего)\s+)*(?:согласия|разрешения)(?:\s+(?:Пользователя|субъекта(?:\s+персональных\s+данных)?|Клиента|Заемщика|Вас))?/iu,
  /(?<![\p{L}])при\s+(?:наличии|условии|получении)\s+(?:\p{L}+\s+)?(?:согласия|разрешения)(?:\s+(?:Пользователя|субъекта|Клиента))?/iu,
  /(?<![\p{L}])(?:при|в\s+случае|по\s+мере)\s+необходимости/iu,
  /(?<![\p{L}])на\s+(?:(?:свое|своё|его|её|ее|их|ваше|Ваше)\s+)?усмотрени\p{L}*(?:\s+Пользователя)?/iu,
  /(?<![\p{L}])по\s+(?:своему\s+)?(?:желанию|выбору)(?:\s+(?:Пользователя|Клиента))?/iu,
  /(?<![\p{L}])(?:если|в\s+случае,?\s+если)\s+(?:Пользователь|Вы|Клиент|субъект)\s+(?!не\s)(?:\p{L}+\s+)?(?:разреш|соглас|предостав|дал|даст|выраз)\p{L}*/iu,
  /(?<![\p{L}])в\s+случае\s+(?:получения|наличия|предоставления)\s+(?:\p{L}+\s+)?согласия/iu,
  /(?:[\p{L}-]{1,30}(?:ның|нің|дың|дің|тың|тің)\s)?(?<![\p{L}])(?:келісімімен|рұқсатымен|келісімі\s+бойынша|рұқсаты\s+бойынша)/iu,
  /(?<![\p{L}])(?:келісімі|рұқсаты)\s+(?:болған|берілген)\s+жағдайда/iu,
  /(?<![\p{L}])келісім(?:ін)?\s+берген\s+жағдайда/iu,
  /(?<![\p{L}])қажет(?:\s+болған\s+(?:жағдайда|кезде)|\s+болса)/iu,
  /(?<![\p{L}])қажеттілік\s+туындаған\s+(?:жағдайда|кезде)/iu,
  /(?<![\p{L}])(?:өз\s+)?қалау(?:ы|ыңыз)\s+бойынша/iu,
  /(?<![\p{L}])with\s+(?:(?:your|the\s+user's|the\s+customer's|prior|explicit|express|written|separate)\s+)*(?:consent|permission|authori[sz]ation)/iu,
  /(?<![\p{L}])(?:if|when|where|once|only\s+if)\s+you\s+(?:[a-z]+\s+)?(?:consent|agree|allow|permit|choose|opt[\s-]in|enable|grant|authori[sz]e)[a-z]*/iu,
  /(?<![\p{L}])subject\s+to\s+your\s+(?:consent|permission)/iu,
  /(?<![\p{L}])(?:where|if|when|as)\s+(?:necessary|required|applicable|needed)/iu,
  /(?<![\p{L}])at\s+(?:your|our|its)\s+(?:sole\s+)?discretion/iu,
  /(?<![\p{L}])upon\s+your\s+(?:request|consent)/iu,
];

/** The condition as written, whitespace folded, or null. */
export function findCondition(text: string): string | null {
  let first: RegExpExecArray | null = null;
  for (const pattern of CONDITIONS) {
    const found = pattern.exec(text);
    if (found && (!first || found.index < first.index)) first = found;
  }
  return first ? first[0].replace(/\s+/gu, ' ').trim() : null;
}
