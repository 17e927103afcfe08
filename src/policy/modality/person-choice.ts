/**
 * The person's own choice to give something, read with the other conditions (condition.ts): "may, at his
 * or her option, nominate", "where the Applicant elects to be identified remotely", «если Заемщик
 * предпочитает получить заём на счёт», «егер сіз ... жөн көрсеңіз»; and what the person offers of their own
 * accord: «если вы сами напишете в чат своё имя», «өзіңіз чатқа жазсаңыз», "if you yourself type it".
 * What the person may leave out is given only if they choose to: the data is conditional on that choice.
 */
import { lazyPattern, lazyPatterns } from '../lazy';

/** Who chooses, named as the documents name the person. */
const EN_PERSON = String.raw`(?:you|I|he|she|they|(?:the|an?)\s+(?:user|customer|client|borrower|applicant|data\s+subject|account\s+holder))`;
/** The roles a contract names the person by: a pledgor, a lessee, a debtor choose as a client does. */
export const RU_PERSON = String.raw`(?:[Вв]ы|Пользователь|Клиент|Заемщик|Заёмщик|Заявитель|Субъект|Залогодатель|Лизингополучатель|Должник|Покупатель|я)`;

const CHOICES = lazyPatterns('iu', () => [
  // At the person's option, choice or discretion; "at our discretion" (the operator's) is read in condition.ts.
  String.raw`(?<![\p{L}])at\s+(?:your|his|her|his\s+or\s+her|their|my|the\s+[\p{L}-]+['’]s)\s+(?:own\s+|sole\s+)?(?:option|choice|election|discretion)(?![\p{L}])`,
  // «Клиент по собственному усмотрению указывает», «по вашему усмотрению»: said of the person, not «Оператор вправе по своему усмотрению».
  String.raw`(?<![\p{L}])(?:${RU_PERSON}\s+по\s+(?:собственному|своему|личному)|по\s+(?:вашему|Вашему|моему)(?:\s+собственному)?)\s+усмотрению(?![\p{L}])`,
  // "If a Borrower offers a personal guarantee": what the person offers is theirs to offer.
  String.raw`(?<![\p{L}])(?:if|where|when|once|should)\s+${EN_PERSON}\s+(?:so\s+)?(?:elects?|opts?(?![\s-]+out)|prefers?|would\s+prefer|offers?|volunteers?)(?![\p{L}])`,
  // One way the person may take of two: "if you register online rather than at our office", «если вы оформляете заём онлайн
  // вместо визита в отделение», «кеңсеге келудің орнына онлайн тіркелсеңіз» («, а не …» opens a clause of its own, clauses.ts).
  String.raw`(?<![\p{L}])(?:if|when|where)\s+${EN_PERSON}\s+(?!do\s+not|don['’]t)(?:[\p{L}-]+\s+){1,6}?(?:rather\s+than|instead\s+of)(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:если|в\s+случае,?\s+если)\s+${RU_PERSON}\s+(?!не\s)(?:[\p{L}-]+\s+){1,6}?вместо(?![\p{L}])`,
  String.raw`(?<![\p{L}])орнына\s+(?:[\p{L}-]+\s+){0,4}?\p{L}+(?:са|се)(?:ңыз|ңіз|ң|м|қ|к)?(?![\p{L}])`,
  // What the person volunteers: "if you yourself enter it", "if you voluntarily provide".
  String.raw`(?<![\p{L}])(?:if|where|when)\s+you\s+(?:yourself|voluntarily)\s+(?!do\s+not|don['’]t)[a-z]+`,
  String.raw`(?<![\p{L}])(?:если|в\s+случае,?\s+если)\s+${RU_PERSON}\s+(?:предпоч\p{L}*|(?:сам(?:и|а)?|добровольно)\s+(?!не\s)\p{L}+)`,
  // «Если хотите, можете добавить…»: the wish without its subject, as a reply addresses the reader.
  String.raw`(?<![\p{L}])если\s+(?:[Вв]ы\s+)?(?:хотите|захотите|пожелаете|желаете)(?![\p{L}])`,
  // «жөн көрсеңіз», «артық көрсе» (if you prefer); «өзіңіз чатқа жазсаңыз» (if you yourself write in the chat).
  String.raw`(?<![\p{L}])(?:жөн|артық)\s+көрсе(?:ңіз|ң|м|к)?(?![\p{L}])`,
  String.raw`(?<![\p{L}])өзіңіз\s+(?:[\p{L}-]+\s+){0,3}?\p{L}+(?:са|се)(?:ңыз|ңіз)(?![\p{L}])`,
  // «егер мен оны өтінімде көрсеткен болсам» (if I have given it in the application): the perfect of the conditional.
  String.raw`(?<![\p{L}])егер\s+(?:мен|сіз|клиент|пайдаланушы|қарыз\s+алушы|өтініш\s+беруші|субъект)\s+(?:[\p{L}-]+\s+){0,4}?(?:көрсет|енгіз|жүкте|қос|таңда|ұсын|бер)(?:кен|ген|қан|ған)\s+болса(?:м|ңыз|ң|қ|к)?(?![\p{L}])`,
  // «Клиент оны өтінімде көрсеткен жағдайда» (in case the client gave it in the application), as «если Клиент указал».
  String.raw`(?<![\p{L}])(?:Клиент|Пайдаланушы|Қарыз\s+алушы|Өтініш\s+беруші|сіз)\s+(?:[\p{L}-]+\s+){0,3}?(?:көрсет|енгіз|жүкте|қос)(?:кен|ген)\s+(?:жағдайда|кезде)(?![\p{L}])`,
  // The person may choose whether to give it: "you can choose to tell us", «вы можете сами решить, указывать ли»,
  // «көрсету-көрсетпеуді өзіңіз шешесіз».
  String.raw`(?<![\p{L}])${EN_PERSON}\s+(?:can|may)\s+(?:also\s+)?(?:choose|decide|opt)\s+(?:whether\s+)?to\s+(?:tell|give|provide|share|add|enter|specify|indicate|fill|upload|link|receive)(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:можете|может|вправе)\s+(?:сам(?:и|а)?\s+)?(?:решить|выбрать),?\s+(?:указ|сообщ|предостав|заполн|загруж|получ)\p{L}*`,
  // What the person chooses to give, said of the data: "any ID photos you choose to provide", «сведения, которые вы решите
  // сообщить», «өзіңіз ұсынуды таңдаған».
  String.raw`(?<![\p{L}])${EN_PERSON}\s+(?:choose|chose|decide|decided|opt|opted|elect|elected)\s+to\s+(?:provide|give|share|upload|add|send|enter|tell|submit)(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:${RU_PERSON})\s+(?:решите|решит|решили|решил|выберете|выберет|захотите|захочет)\s+(?:\p{L}+\s+)?(?:сообщ|предостав|указ|загруз|прислать|присла|отправ)\p{L}*`,
  // An option to pick from what the person already has: "you can pick existing photos from your gallery", «вы можете
  // выбрать готовое фото из галереи», «галереядан дайын суретті таңдай аласыз».
  String.raw`(?<![\p{L}])${EN_PERSON}\s+(?:can|may)\s+(?:also\s+|instead\s+)?(?:pick|select)\s+(?:an?\s+|one\s+of\s+)?(?:existing|saved|stored)(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:можете|может)\s+(?:также\s+)?выбрать\s+(?:\p{L}+\s+)?(?:готов|имеющ|сохран[её]нн|существующ)\p{L}*`,
  String.raw`(?<![\p{L}])(?:бар|дайын|сақталған)\s+(?:[\p{L}-]+\s+){0,3}?таңдай\s+аласыз(?![\p{L}])`,
  String.raw`(?<![\p{L}])өзіңіз\s+(?:шешесіз|таңдайсыз|шеше\s+аласыз|таңдай\s+аласыз)(?![\p{L}])`,
]);

/** A plain search for a word every cue holds: most clauses hold none, and then the cues are not run. */
const HINT = /opt|offer|volunteer|choice|choose|chose|реши|выбере|захот|захоч|decide|elect|discretion|pick|select|таңдай|усмотрени|rather|instead|вместо|орнына|prefer|yourself|voluntar|предпоч|[сС]ам[иа]?\s|[дД]обровольно|решить|выбрать|көрсе|[өӨ]зіңіз|енгізген|жүктеген|қосқан|хотите|желаете|болса/u;

export function personChoicePatterns(text: string): readonly RegExp[] {
  return HINT.test(text) ? CHOICES() : [];
}

/**
 * A condition that leaves the item to the person: "optional", "not a mandatory field", «по желанию», «не является обязательным»,
 * «міндетті емес», «міндетті шарты болып табылмайды», "at his option". «По выбору», «қалауы бойынша», "at their discretion"
 * may be the operator's or a partner's, so they are not here.
 */
const LEFT_TO_PERSON = lazyPattern(String.raw`(?<![\p{L}])(?:optional|not\s+(?:an?\s+)?(?:mandatory|compulsory|obligatory)|міндетті\s+(?:\p{L}+\s+)?болып\s+табылмайды|at\s+(?:your|his|her|his\s+or\s+her|my)\s+(?:own\s+)?(?:option|choice|discretion)|по\s+(?:\p{L}+\s+)?желанию|необязательн|не\s+(?:является\s+)?обязательн|міндетті\s+емес|қаласа)`, 'iu');

export function leavesToPerson(condition: string): boolean {
  return LEFT_TO_PERSON().test(condition);
}

/**
 * A condition that is the person's choice of a way: "if you choose to pay by card", «в случае выбора Клиентом способа…»,
 * «егер … таңдасаңыз». The paragraph it opens goes on describing that way, so the choice bears on all of it.
 */
const CHOSEN = lazyPattern(String.raw`(?<![\p{L}])(?:choose|chose|elects?|prefers?|выбор|выбер|выбра|предпоч|таңда)`, 'iu');

export function isPersonsChoice(condition: string): boolean {
  return CHOSEN().test(condition);
}
