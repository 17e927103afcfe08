/**
 * Conditions that make a declaration conditional: consent («с согласия Пользователя»,
 * «Пайдаланушының рұқсатымен», "with your permission"), need («при необходимости», «қажет болған
 * жағдайда»), discretion («на свое усмотрение», «өз қалауы бойынша», "at your discretion")
 * and a permission the person may refuse («вы можете запретить доступ», "you can decline it").
 * «Без согласия» and «даёте согласие на…» are not conditions.
 */

/** «рұқсатымен» and the like; the owner in the genitive before it («Пайдаланушының») is added to the quote. */
const KK_CONSENT = /(?<![\p{L}])(?:келісім(?:і|ім)мен|келісіміңізбен|рұқсат(?:ы|ым)мен|рұқсатыңызбен|келісімі\s+бойынша|рұқсаты\s+бойынша)/iu;
/** Looked for only before a Kazakh consent word: an optional leading word in the pattern would be tried at every position. */
const KK_OWNER_BEFORE = /(?<![\p{L}-])[\p{L}-]{1,30}(?:ның|нің|дың|дің|тың|тің)\s$/iu;

const CONDITIONS: readonly RegExp[] = [
  /(?<![\p{L}])(?:только\s+)?(?:с|после\s+(?:получения|дачи))\s+(?:(?:(?:пред|пис|яв|отдель|доброволь|информирова|дополнитель|специаль|соответствующ|лич|нотариаль|электрон)\p{L}*|его|её|ее|их|моего|нашего|своего|вашего|Вашего)\s+)*(?:согласия|разрешения)(?:\s+(?:на\s+то|Пользователя|субъекта(?:\s+персональных\s+данных)?|Клиента|Заемщика|Должника|Вас|меня))?/iu,
  /(?<![\p{L}])только\s+(?:если|в\s+случае,?\s+если|при\s+условии,?\s+что)(?![\p{L}])/iu,
  /(?<![\p{L}])only\s+(?:if|when|where)\s+you(?![\p{L}])/iu,
  /(?<![\p{L}])при\s+(?:наличии|условии|получении)\s+(?:\p{L}+\s+)?(?:согласия|разрешения)(?:\s+(?:Пользователя|субъекта|Клиента))?/iu,
  /(?<![\p{L}])(?:при|в\s+случае|по\s+мере)\s+необходимости/iu,
  /(?<![\p{L}])на\s+(?:(?:свое|своё|его|её|ее|их|ваше|Ваше)\s+)?усмотрени\p{L}*(?:\s+Пользователя)?/iu,
  /(?<![\p{L}])по\s+(?:своему\s+)?(?:желанию|выбору)(?:\s+(?:Пользователя|Клиента))?/iu,
  /(?<![\p{L}])(?:если|в\s+случае,?\s+если)\s+(?:Пользователь|Вы|Клиент|субъект)\s+(?!не\s)(?:\p{L}+\s+)?(?:разреш|соглас|предостав|дал|даст|выраз)\p{L}*/iu,
  /(?<![\p{L}])в\s+случае\s+(?:получения|наличия|предоставления)\s+(?:\p{L}+\s+)?согласия/iu,
  KK_CONSENT,
  /(?<![\p{L}])(?:келісім|рұқсат)(?:і|ы|ім|ым|іңіз|ыңыз)?\s+(?:болған|берілген|берген)\s+(?:жағдайда|кезде)/iu,
  /(?<![\p{L}])келісім(?:ін)?\s+берген\s+(?:жағдайда|кезде|соң)/iu,
  /(?<![\p{L}])(?:келісім|рұқсат)\p{L}*\s+(?:алынғаннан|алғаннан|бергеннен)\s+(?:кейін|соң)/iu,
  /(?<![\p{L}])қажет(?:\s+болған\s+(?:жағдайда|кезде)|\s+болса)/iu,
  /(?<![\p{L}])қажеттілік\s+туындаған\s+(?:жағдайда|кезде)/iu,
  /(?<![\p{L}])(?:өз\s+)?қалау(?:ы|ыңыз)\s+бойынша/iu,
  /(?<![\p{L}])(?:only\s+)?(?:with|after\s+(?:obtaining|receiving|getting))\s+(?:(?:your|my|our|their|the\s+user's|the\s+customer's|the\s+data\s+subject's|prior|explicit|express|written|separate|specific|additional)\s+)*(?:consent|permission|authori[sz]ation)/iu,
  /(?<![\p{L}])(?:provided|on\s+condition)\s+(?:that\s+)?you\s+(?:have\s+)?(?:consent|agree|allow|permit|opt[\s-]in|authori[sz]e|grant)[a-z]*/iu,
  /(?<![\p{L}])(?:if|when|where|once|only\s+if)\s+you\s+(?:[a-z]+\s+)?(?:consent|agree|allow|permit|choose|opt[\s-]in|enable|grant|authori[sz]e)[a-z]*/iu,
  /(?<![\p{L}])subject\s+to\s+your\s+(?:consent|permission)/iu,
  /(?<![\p{L}])(?:if|when|where|once)\s+you\s+(?:have\s+)?(?:give|gave|given|grant|granted|provide|provided)\s+(?:us\s+)?(?:your\s+)?(?:explicit\s+|prior\s+)?(?:consent|permission)/iu,
  /(?<![\p{L}])(?:where|if|when|as)\s+(?:necessary|required|applicable|needed)/iu,
  /(?<![\p{L}])at\s+(?:your|our|its)\s+(?:sole\s+)?discretion/iu,
  /(?<![\p{L}])upon\s+your\s+(?:request|consent)/iu,
  // A permission the person may refuse is asked for, i.e. given by consent; an opt-out («отписаться», "unsubscribe") is not.
  /(?<![\p{L}])(?:you|the\s+(?:user|customer))\s+(?:can|may)\s+(?:always\s+)?(?:refuse|decline|deny)(?![\p{L}])/iu,
  /(?<![\p{L}])(?:[Вв]ы|Пользователь|Клиент)\s+(?:можете|может|вправе)\s+(?:отказать(?:ся)?\s+(?:в|от)\s+(?:\p{L}+\s+)?(?:доступ|предоставлени|разрешени)|запретить|не\s+предоставлять)\p{L}*/u,
  /(?<![\p{L}])(?:рұқсат\s+бермеуге|(?:рұқсаттан|беруден)\s+бас\s+тартуға)\s+(?:болады|құқылы|құқығыңыз\s+бар)/iu,
];

/** The condition as written, whitespace folded, or null. */
export function findCondition(text: string): string | null {
  let first: RegExpExecArray | null = null;
  let firstPattern: RegExp | null = null;
  for (const pattern of CONDITIONS) {
    const found = pattern.exec(text);
    if (found && (!first || found.index < first.index)) { first = found; firstPattern = pattern; }
  }
  if (!first) return null;
  const owner = firstPattern === KK_CONSENT ? KK_OWNER_BEFORE.exec(text.slice(Math.max(0, first.index - 40), first.index)) : null;
  return `${owner?.[0] ?? ''}${first[0]}`.replace(/\s+/gu, ' ').trim();
}
