/**
 * The vague personal-data catch-all (category `personal_data_generic`): «иная информация», «и другая
 * информация», «өзге де ақпарат», "other information", «данные, которые пользователь предоставляет
 * при регистрации и заполнении анкеты», "anything else you tell us", or personal data collected
 * (or treated as such) without saying which.
 */
import { compilePattern, lazy, lazyPattern, patternsByScript } from '../lazy';

/**
 * «информация», «данные», «сведения» in any case, but not «информационный». The adjectives below are
 * inflected so that the adverb in «дополнительно сообщает сведения» is no catch-all.
 */
const RU_DATA_NOUN = String.raw`(?:информаци(?:я|и|ю|ей)|данн(?:ые|ых|ыми|ым)|сведени(?:я|й|ями|ям))(?![\p{L}])`;

const CATCH_ALLS = patternsByScript('iu', () => [
  String.raw`(?<![\p{L}])(?:ин(?:ая|ой|ую|ые|ых|ыми|ое|ого|ом)|друг(?:ая|ой|ую|ие|их|ими|ое|ого)|проч(?:ая|ей|ую|ие|их|ее)|любая|любую|любые|дополнительн(?:ая|ой|ую|ые|ых|ыми|ое|ого|ом|ым))\s+(?:[\p{L}-]+\s+){0,2}?${RU_DATA_NOUN}`,
  String.raw`(?<![\p{L}])(?:өзге|басқа)(?:\s+де)?\s+(?:[\p{L}-]+\s+)?(?:ақпарат(?!тық)|дерек|мәлімет)\p{L}*`,
  String.raw`(?<![\p{L}])(?:any\s+other|other|additional|such\s+other)\s+(?:personal\s+)?(?:information|info|data|details)`,
  // «обработка данных, которые вы указываете в заявке»: the genitive too, as the object of a practice.
  String.raw`(?:данн(?:ые|ых)|информаци\p{L}*|сведени(?:я|й)),?\s+(?:которую|которые|которая)\s+(?:[\p{L}-]+\s+){0,3}?(?:предоставля|указыва|сообща|вводит|заполня)\p{L}*`,
  String.raw`(?:данные|информаци\p{L}*|сведения),?\s+(?:собранн|полученн|предоставленн)\p{L}*\s+(?:[\p{L}-]+\s+){0,3}?(?:при|во\s+время|в\s+ходе|в\s+процессе)\s+(?:регистрац|заполнени)`,
  String.raw`(?:тіркел|сауалнама|өтінім)\p{L}*\s+(?:[\p{L}-]+\s+){0,6}?(?:ұсынатын|ұсынған|көрсететін|көрсеткен|енгізетін)`,
  String.raw`(?:information|data)\s+(?:that\s+|which\s+)?you\s+(?:provide|submit|give|enter)`,
  // What the person chooses to tell: "whatever you tell us in the chat", "anything else you decide to share", «всё, что вы
  // пишете в чат» (the Kazakh wording is KK_TOLD). Bare "everything you give us" is all the data, not the rest of it.
  String.raw`(?:anything\s+else|everything\s+else|whatever(?:\s+else)?)(?<=(?:^|[^\p{L}])\p{L}+(?:\s+else)?)(?:\s+(?:that|which))?\s+you\s+(?:(?:choose|decide|want|wish|care|happen|may|might|would\s+like)\s+(?:to\s+)?)?(?:tell|give|send|share|provide|write|type|enter|submit|say|add|upload|mention)(?![\p{L}])`,
  String.raw`(?:всё|все)(?<=(?:^|[^\p{L}])вс[её])(?:\s+(?:остальное|прочее))?,?\s+что\s+(?:[Вв]ы|Клиент|Пользователь|я)\s+(?:[\p{L}-]+\s+){0,2}?(?:сообща|сообщ|пиш|напиш|рассказ|расскаж|отправ|присыла)\p{L}*`,
]);

/**
 * «сіз жазған кез келген ақпарат», «чатта айтқандарыңыздың бәрі» (anything you write, all you say in the chat): tried
 * only on text holding one of its quantifiers, found by a plain search.
 */
const KK_TOLD = lazyPattern(String.raw`(?:барлық|кез\s+келген|бәрі|барлығы)(?<=(?:^|[^\p{L}])(?:айт|жаз|жібер|хабарла)(?:қан|ған|кен|ген)\p{L}*\s+\p{L}+(?:\s+келген)?)(?:\s+(?:нәрсе|ақпарат|мәлімет|дерек)\p{L}*|(?![\p{L}]))`, 'iu');

/** Personal data by name, or as «сведения обо мне», «мен туралы мәліметтер», "information about you". */
const PERSONAL_DATA = lazy(() => compilePattern([
  String.raw`(?:персональн|личн)\p{L}*\s+(?:данн|информаци|сведени)`, String.raw`(?<![\p{L}])(?:дербес|жеке)\s+(?:дерек|ақпарат|мәлімет)`,
  String.raw`personal\s+(?:data|information|details)`, String.raw`personally\s+identifiable`,
  String.raw`(?:сведени|информаци|данн)\p{L}*\s+(?:обо\s+мне|о\s+себе|о\s+вас)(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:мен|сіз|өзім|өзіңіз)\s+туралы\s+(?:мәлімет|ақпарат|дерек)`, String.raw`information\s+about\s+(?:me|you)(?![\p{L}])`,
].join('|'), 'iu'));

/** Verbs of getting data: enough to call a mention of personal data a collection statement. */
const GATHERING_VERB = lazyPattern(String.raw`(?<![\p{L}])(?:собира|собер|сбор|получа|получит|запрашива|жина|collect|gather|obtain|receiv)`, 'iu');
/**
 * …and of keeping or holding it: «может содержать иные сведения», "we may keep other information you share with us",
 * «қамтуы мүмкін», «өтінімде көрсетілетін» (given in the application), «сохраняется в истории чата» (but «сохраняет конфиденциальность» keeps a secret, not data).
 */
const COLLECTION_VERB = lazyPattern(String.raw`(?<![\p{L}])(?:собира|сбор|получа|получен|запрашива|предоставля|предоставлен|указыва|сообща|обрабатыва|обработк|хран|содерж|вводи|заполня|жина|ұсын|алады|алатын|алынған|өңде|сақта|қамт|енгіз|толтыр|көрсет|collect|gather|obtain|receiv|provid|submit|process|store|keep|kept|retain|contain|give\s+us|tell\s+us|share\s+with\s+us|сохран(?!\p{L}*\s+(?:\p{L}+\s+)?конфиденциальн)|save[ds]?(?![\p{L}])|saving(?![\p{L}]))`, 'iu');
/** A heading over what is got: «Какие сведения мы получаем», «Біз қандай мәліметтер аламыз», "Information we collect". */
const KK_GETTING = lazyPattern(String.raw`(?<![\p{L}])(?:аламыз|алатын|алынатын)(?![\p{L}])`, 'iu');
/** …or over what the person hands over, which is the same getting seen from their side: "What you give us", «Что вы нам сообщаете». */
const GIVEN_TO_US = lazyPattern([
  String.raw`(?<![\p{L}])you\s+(?:give|tell|send|provide)(?:\s+to)?\s+us(?![\p{L}])`,
  String.raw`(?<![\p{L}])вы\s+(?:нам\s+(?:сообща|предоставля|переда|отправля|присыла)|(?:сообща|предоставля|переда|отправля|присыла)\p{L}*\s+нам(?![\p{L}]))`,
  String.raw`(?<![\p{L}])бізге\s+(?:беретін|берген|ұсынатын|ұсынған|айтатын|жіберетін)(?![\p{L}])`,
].join('|'), 'iu');

/**
 * Data said to be handled as personal data: «Банк обращается с ними как с персональными данными», «могут
 * относиться к персональным данным», «дербес деректерге жатуы мүмкін», "we treat it as personal data". Each
 * pattern opens with the noun and looks behind for the verb: a leading lookbehind would be tried at every position.
 */
const TREATED_AS_PERSONAL = patternsByScript('iu', () => [
  String.raw`(?:персональн|личн)(?<=(?:^|[^\p{L}])(?:как\s+(?:с\s+)?|в\s+качестве\s+|(?:относ|отнес|счита|призна|рассматрива)\p{L}*\s+(?:\p{L}+\s+)?(?:к\s+)?)(?:персональн|личн))(?<!(?:так\p{L}*(?:\s+\p{L}+)?,?\s+как|не\s+\p{L}+)\s+(?:\p{L}+\s+)?(?:персональн|личн))\p{L}*\s+(?:данн|информаци|сведени)`,
  String.raw`(?:дербес|жеке)\s+(?:деректерге\s+жат(?!па)|(?:деректер|мәліметтер|ақпарат)\p{L}*\s+(?:ретінде|қатарына)(?![\p{L}]))`,
  String.raw`personal\s+(?:data|information)(?<=(?:^|[^\p{L}])(?:(?:treat|handl|regard|consider|classif)[a-z]*\s+(?:(?:it|them|(?:this|these|that|those|such)(?:\s+[a-z]+)?)\s+)?(?:to\s+be\s+|as\s+)|considered\s+|counts?\s+as\s+|qualif(?:y|ies)\s+as\s+)personal\s+(?:data|information))(?<!not\s+(?:[a-z]+\s+){1,4}personal\s+(?:data|information))`,
]);

/** Words one of the patterns needs before the noun, lower case: most sentences hold none, and then the patterns are not run. */
const TREATED_HINT = /как\s|качестве|[оО]тнос|[оО]тнес|[сС]чита|[пП]ризна|[рР]ассматр|деректер|мәліметтер|ақпарат|treat|handl|regard|consider|classif|count|qualif/u;

function isTreatedAsPersonal(text: string): boolean {
  return TREATED_HINT.test(text) && TREATED_AS_PERSONAL(text).some((pattern) => pattern.test(text));
}

/**
 * What the document itself covers («Политика определяет порядок обработки персональных данных»,
 * «Осы Саясат … тәртібін айқындайды», "This Notice explains how we collect personal data"): its subject, not a collection.
 */
const SCOPE_STATEMENT = lazy(() => compilePattern([
  String.raw`^(?:(?:Настоящ|Данн|Эт)\p{L}*\s+)?(?:Политик|Положени|Уведомлени|Правил|Соглашени)\p{L}*\s+[^.;:!?]{0,150}?(?:определя|регулиру|устанавлива|описыва|разъясня|распространя|применя)`,
  String.raw`^(?:Осы\s+)?(?:[\p{L}-]+\s+)?(?:Саясат|Ереже|Хабарлама)\p{L}*\s+[^.;:!?]{0,150}?(?:айқында|белгіле|реттей|сипатта|түсіндір|қолданыл)`,
  String.raw`^(?:(?:This|The|Our)\s+)?(?:[\p{L}-]+\s+)?(?:Policy|Notice|Statement)\s+[^.;:!?]{0,150}?(?:describes|explains|sets\s+out|governs|defines|applies|covers|establishes|regulates)(?![\p{L}])`,
].join('|'), 'iu'));

export function findCatchAll(text: string): RegExpExecArray | null {
  for (const pattern of CATCH_ALLS(text)) {
    const found = pattern.exec(text);
    if (found) return found;
  }
  return text.includes('барлық') || text.includes('келген') || text.includes('бәрі') ? KK_TOLD().exec(text) : null;
}

export function mentionsCollection(text: string): boolean {
  return COLLECTION_VERB().test(text);
}

/** Getting, not keeping: a heading «Хранение данных» is no list of what is collected. */
export function mentionsGathering(text: string): boolean {
  return GATHERING_VERB().test(text) || KK_GETTING().test(text) || GIVEN_TO_US().test(text);
}

/** Personal data collected without a list: «МФО собирает и хранит персональную информацию…». */
export function findUnlistedPersonalData(text: string): RegExpExecArray | null {
  return (GATHERING_VERB().test(text) || isTreatedAsPersonal(text)) && !SCOPE_STATEMENT().test(text) ? PERSONAL_DATA().exec(text) : null;
}
