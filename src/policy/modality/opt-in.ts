/**
 * Opt-in cues, read with the other conditions (condition.ts): the practice reaches only the people
 * who chose it — by ticking a box («если вы отметите», "if you tick", «белгілесеңіз»), by
 * subscribing, by a consent given apart with its own tick, by asking for an optional product, or by being among those who consented («только
 * Клиентам, давшим согласие», "customers who have opted in", «келісім берген клиенттерге»).
 */
import { lazyPatterns } from '../lazy';

/** The people a practice is addressed to, when they are named by what they agreed to. */
const RU_PERSONS = String.raw`(?:Клиент|Пользовател|Заемщик|Заёмщик|Абонент|Субъект|Получател|лиц)(?:ам|ям|у|ю|ов|ей)`;
const KK_PERSONS = String.raw`(?:клиент|пайдаланушы|қарыз\s+алушы|тұлға|адам|абонент)`;
/** Who makes the choice: "if you choose", "where the User chooses to subscribe". */
const EN_CHOOSER = String.raw`(?:you|I|the\s+(?:user|customer|client|borrower|data\s+subject))`;
const EN_PERSONS = String.raw`(?:customers|users|clients|borrowers|people|those|subscribers|members|anyone|everyone)`;

const OPT_INS = lazyPatterns('iu', () => [
  // «только Клиентам, давшим отдельное согласие», «тем, кто подписался на рассылку»; the consent may be qualified at
  // length: «которые дали на это отдельное письменное согласие».
  String.raw`(?<![\p{L}])${RU_PERSONS},?\s+(?:которые\s+)?(?:давш|предоставивш|выразивш|подтвердивш|подписавш|дал|дали|выразил|подписал)\p{L}*\s+(?:\p{L}+\s+){0,4}?(?:согласи|разрешени|на\s+(?:рассылк|получени))`,
  String.raw`(?<![\p{L}])(?:те|тех|тем)(?:\s+(?:клиент|пользовател|абонент)\p{L}*)?,?\s+(?:кто|которые)\s+(?:\p{L}+\s+)?(?:дал(?:и|а)?\s+(?:\p{L}+\s+){0,4}?согласи|выразил|подтвердил|подписал|согласил)\p{L}*`,
  String.raw`(?<![\p{L}])(?:келісім|рұқсат)\p{L}*\s+берген\s+${KK_PERSONS}`,
  String.raw`(?<![\p{L}])(?:таратылымға|хабарламаларға)\s+жазылған\s+${KK_PERSONS}`,
  String.raw`(?<![\p{L}])${EN_PERSONS}\s+who\s+(?:have\s+)?(?:opted[\s-]in|consented|subscribed|signed\s+up|given\s+(?:(?:their|us|a|an|separate|written|explicit|express|prior|specific)\s+){0,4}consent|agreed\s+to\s+receive)`,
  // Ticking or subscribing: «если вы отметите пункт», «поставите галочку», "if you tick", «құсбелгі қойсаңыз».
  String.raw`(?<![\p{L}])если\s+(?:[Вв]ы\s+|Клиент\s+|Пользователь\s+)?(?:отмет|подпиш|постав\p{L}*\s+(?:галочк|отметк|флажок))\p{L}*`,
  // "When you sign up" registers the person and "when you check out" pays: only "if" makes these a choice.
  String.raw`(?<![\p{L}])(?:if|only\s+if)\s+you\s+(?:tick|check|select|selected|mark|subscribe)(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:once|when)\s+you\s+tick(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:белгілесеңіз|белгілесе|(?:құс)?белгі\s+қойсаңыз|жазылсаңыз)(?![\p{L}])`,
  // A consent given apart, by a tick of its own: «даётся мной отдельно — путём проставления отметки», "given separately by
  // ticking a box", «бөлек беріледі», «белгі қою арқылы»; or on condition of the tick: «при условии проставления Заемщиком
  // отдельной отметки», "provided you tick the box", «белгі қойылған жағдайда».
  String.raw`(?<![\p{L}])(?:путём|при\s+условии)\s+проставлени\p{L}*\s+(?:[\p{L},-]+\s+){0,3}?(?:отметк|галочк|флажк)\p{L}*`,
  String.raw`(?<![\p{L}])(?:by\s+ticking|(?:provided|on\s+condition)\s+(?:that\s+)?you\s+tick)\s+(?:[a-z-]+\s+){0,3}?(?:box|checkbox)(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:(?:құс)?белгі\s+(?:қою\s+арқылы|қойылған\s+жағдайда)|бөлек\s+беріледі)(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:да[её]тся|предоставляется)\s+(?:\p{L}+\s+)?отдельно(?![\p{L}])|(?<![\p{L}])(?:is|are)\s+given\s+separately(?![\p{L}])`,
  // An optional product or service the person asks for: "where you have requested one", "if you apply for a credit limit", "if you ask us for".
  String.raw`(?<![\p{L}])(?:if|where)\s+you\s+(?:have\s+)?(?:request(?:ed)?|appl(?:y|ied)\s+for|ask(?:ed)?\s+(?:us\s+)?for)(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:если|в\s+случае,?\s+если)\s+(?:[Вв]ы|Клиент|Пользователь)\s+(?:запрос|подад|подаст|подал|оформ)\p{L}*`,
  String.raw`(?<![\p{L}])(?:сұрасаңыз|өтінім\s+берсеңіз|рәсімдесеңіз)(?![\p{L}])`,
  // A choice after "if" is a condition; after "when" only a choice to do something ("When you choose us at checkout" names the service).
  String.raw`(?<![\p{L}])(?:if|only\s+if)\s+${EN_CHOOSER}\s+(?:[a-z]+\s+)?(?:choose|chose|decide)[a-z]*`,
  String.raw`(?<![\p{L}])(?:when|where|once)\s+${EN_CHOOSER}\s+(?:[a-z]+\s+)?(?:choose|decide)[a-z]*\s+(?:to|not|whether)(?![\p{L}])`,
]);

/**
 * A plain search for a word every cue holds: most clauses hold none, and then the cues are not run. Case is
 * spelt out where a cue may open a sentence: a case-insensitive search costs twice as much.
 */
const HINT = /давш|предоставивш|выразивш|выразил|подтверд|подпис|подпиш|согласил|дал(?:и|а)?\s|берген|жазылған|[Жж]азылса|who|отмет|постав|tick|check|select|mark|subscrib|[Бб]елгілесе|[Бб]елгі\s+қо|проставл|ticking|бөлек|отдельно|separately|request|appl|ask|(?:[Вв]ы|[Кк]лиент|[Пп]ользователь)\s+(?:запрос|подад|подаст|подал|оформ)|[Сс]ұраса|берсеңіз|[Рр]әсімде|choos|chose|decid/u;

export function optInPatterns(text: string): readonly RegExp[] {
  return HINT.test(text) ? OPT_INS() : [];
}
