/**
 * Negated practice: «не собирает», «не осуществляет трансграничную передачу», «жинамайды»,
 * «жүзеге асырылмайды», "we never access". The negation must govern a data verb: «не несет
 * ответственности» or «не проверяет достоверность» deny nothing about collection, and «если
 * Пользователь не предоставит…» is a hypothetical, not a promise.
 */
import { lazyPattern, lazyPatterns, patternsByScript } from '../lazy';
import { NO_ADS_SHOWN } from './ads-shown';
import { waivesConsent } from './consent-waived';
import { answersColumn, deniesTableRow } from './table-row';
import { lastsUntilConsent } from './until-consent';
import { uploadSpared } from './upload-spared';

/**
 * «не получится» (it will not work out) is no «не получаем»: the reflexive of succeeding is left out. «не читает вашу
 * телефонную книгу» reads as «не считывает» does («считает», to consider, starts with another letter). Copies are made
 * («не изготавливает копий», «көшірмесін жасамайды») and the person is asked («никогда не попросят», perfective).
 * Data are not accepted («карты не принимает», «қабылдамайды», "do not accept"; «заявка не принимается» is about the
 * application) and a device is not used («микрофоном не пользуется»).
 * People are not written to («не пишем людям из телефонной книги», "never write to") and contents are not looked at
 * («тізімін қарамайды»). «Не содержат» is left out: its subject, a cookie or a file, would read as denied too.
 */
const RU_VERBS = '(?:собира|собер|копир|скопир|взаимодейств|получа(?!ется)|получ(?!ится|иться|илось|ается)|запрашива|запрос|обрабатыва|обработа|хран|сохраня|переда|предоставля|предостав|раскрыва|раскро|прода|использу|отслежива|применя|требу|записыва|запис|устанавлива|установ|подключ|покида|покину|поруча|продава|распространя|доступ|фиксир|сканир|фотографир|сфотографир|идентифицир|считыва|чита|прочит|просматрива|определя|снима|сообща|разглаша|разглас|размеща|размест|включа|активир|ищ|искать|искал|разыскива|прос(?:им|ит|ят|ить)|попрос|изготавлива|изготов|попада|звон|связыва|беспоко|спрашива|направля|направ|отправля|отправ|присыла|рассыла|принима(?!ется|ются)|пользу|воспользу|пиш|напиш)';
const RU_LIGHT_VERBS = '(?:осуществля|производ|провод|выполня|веде|вед[её]т)';
const RU_PRACTICE_NOUNS = '(?:фото-\\s+и\\s+видеосъ[её]мк|фотосъ[её]мк|видеосъ[её]мк|съ[её]мк|сбор|обработк|передач|хранени|трансграничн|запис|отслеживани|мониторинг|продаж|раскрыти|доступ|рассыл)';
const KK_STEMS = '(?:жина|жинал|бер|беріл|тапсыр|табыста|табысталы|асыр|асырыл|пайдалан|пайдаланыл|өңде|өңдел|сақта|сақтал|тарат|таратыл|жібер|жіберіл|сат|сатыл|ал|алын|қолдан|қолданыл|бақыла|қадағала|сұра|ұсын|ұсыныл|жаз|жазыл|ашп|ашыл|жеткіз|оқы|оқыл|көшір|анықта|жарияла|жария ет|орнат|талап ет|талап етіл|сұрат|қос|қосыл|хабарлас|хабарла|байланыс|орнатыл|жүргіз|жүргізіл|тексер|ізде|іздестір|сұрал|жүкте|жүктел|шық|түсір|көрсет|жаса|жасал|қабылда|қара)';
const EN_VERBS = '(?:collect|gather|share|sell|rent|transfer|store|retain|use|access|process|track|disclose|record|request|obtain|receive|monitor|read|require|send|keep|ask|fingerprint|profile|capture|scan|save|trade|transmit|install|connect|leave|take|photograph|place|log|look|search|switch|turn|activate|enable|embed|set|contact|call|reach|approach|message|see|accept|write|cop(?:y|ie))';

const NEGATIONS = patternsByScript('iu', () => [
  `(?<![\\p{L}])(?:не|ни|никогда\\s+не)\\s+(?:[\\p{L}-]+\\s+){0,2}?${RU_VERBS}\\p{L}*`,
  // «Общество не осуществляет:» over a list: the practice is the item's noun, after the colon; «не проводит рекламных
  // e-mail-рассылок»: the noun may close a compound.
  `(?<![\\p{L}])не\\s+${RU_LIGHT_VERBS}\\p{L}*(?:\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:[\\p{L}-]+-)?${RU_PRACTICE_NOUNS}|(?:\\s+следующ\\p{L}*(?:\\s+\\p{L}+)?)?\\s*:\\s*$)`,
  String.raw`(?<![\p{L}])не\s+подлеж\p{L}*\s+(?:передач|раскрыти|распространени)`,
  // «не составляем «цифровой отпечаток»», «не составляет профиль»: compiling is denied of a profile or print only, since «не
  // составляет более пяти лет» measures a period.
  String.raw`(?<![\p{L}])не\s+(?:составля|состав(?:им|ит|ят))\p{L}*\s+(?:[«"]?[\p{L}-]+\s+){0,2}?[«"]?(?:профил|отпечат|портрет|fingerprint)`,
  // «трансграничная передача не осуществляется»: the practice named before the denied light verb.
  // «Трансграничная передача информации, указанной в согласии, не осуществляется»: a participle set off by commas between.
  `(?<![\\p{L}])${RU_PRACTICE_NOUNS}\\p{L}*\\s+(?:[\\p{L}-]+,?\\s+){0,5}?не\\s+${RU_LIGHT_VERBS}`,
  `(?<![\\p{L}])${KK_STEMS}(?:ма|ме|ба|бе|па|пе)й(?:ды|ді|мыз|міз|тын|тін)`,
  String.raw`(?<![\p{L}])ешқашан(?![\p{L}])`,
  // «Рекламным сетям — никогда», "Advertisers: never": the denial closes the clause.
  String.raw`(?<![\p{L}])(?:никогда|never)\s*[.!]?\s*$`,
  // The person who refused it: «бас тартқан Клиент», «отказавшийся от биометрии», "a customer who declines".
  String.raw`(?<![\p{L}])(?:бас\s+тартқан|отказавш\p{L}*|who\s+(?:declines?|refuses?|opts?\s+out))(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:жинал|беріл|өңдел|жүргізіл)\p{L}*\s+(?:[\p{L}-]+\s+)?емес`,
  // "is not a mandatory requirement" says the item may be left out; it denies nothing.
  `(?<![\\p{L}])(?:not|never|no\\s+longer)\\s+(?!(?:an?\\s+)?(?:mandatory|compulsory|obligatory)\\s)(?:[a-z]+\\s+){0,2}?${EN_VERBS}[a-z]*`,
  // "Nobody can watch a recording", "no one will access": the denied subject instead of a denied verb.
  `(?<![\\p{L}])(?:nobody|no\\s+one)\\s+(?:(?:can|could|will|may|is\\s+able\\s+to)\\s+)?(?:ever\\s+)?(?:${EN_VERBS}|watch|view|replay)[a-z]*`,
  // «don't», «won't», «doesn’t»: the contraction is glued to its auxiliary.
  `(?<=[a-z])n['’]t\\s+(?:[a-z]+\\s+){0,2}?${EN_VERBS}[a-z]*`,
  String.raw`(?<![\p{L}])no\s+(?:personal\s+)?(?:data|information)\s+(?:(?:is|are|will\s+be)\s+)?(?:collected|shared|stored|transferred|sold)`,
  // "No address-book contacts or call logs are collected.", "No facial image shall be processed."
  String.raw`^\s*no\s+(?:[\p{L}-]+\s+){1,6}?(?:is|are|(?:will|shall)\s+be)\s+(?:collected|shared|stored|used|requested|accessed|recorded|processed|transferred|disclosed)`,
  String.raw`(?<![\p{L}])(?:have|has|get|gets|gain|gains)\s+no\s+access`,
  // What is not asked for at all: "no document scans needed", «сканы не нужны», «көшірме қажет емес». "No longer needed" is a
  // deletion rule, and «вводить их не нужно» spares the person a step while the data still comes from elsewhere.
  String.raw`(?<![\p{L}])no\s+(?!(?:longer|more)\s)(?:[\p{L}-]+\s+){1,4}?(?:(?:is|are)\s+)?(?:needed|required|necessary)(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?<!(?:больше|уже|более)\s)не\s+(?:нужн[ыа]|нужен)(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?<!енді\s)қажет\s+емес(?![\p{L}])`,
  // "that has nothing to do with your microphone", «не имеет никакого отношения к микрофону».
  String.raw`nothing(?<=(?:has|have)\s+nothing)\s+to\s+do\s+with(?![\p{L}])`,
  String.raw`отношения(?<=(?:^|[^\p{L}])не\s+(?:имеет|имеют)\s+(?:никакого\s+)?отношения)\s+к(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:not|never)\s+(?:be\s+)?(?:carried\s+out|performed|conducted|take\s+place|takes\s+place)`,
  // "We do not carry out:" over a list of practices.
  String.raw`(?:(?<![\p{L}])(?:not|never)|(?<=[a-z])n['’]t)\s+(?:(?:carry\s+out|perform|engage\s+in)(?:\s+(?:any\s+of\s+)?the\s+following(?:\s+[a-z]+)?)?|do\s+(?:any\s+of\s+)?the\s+following(?:\s+[a-z]+)?)\s*:\s*$`,
  // …but «может быть отключен», "can be turned off" only say the person may switch it off: it is on.
  String.raw`(?<![\p{L}])(?<!(?:может|могут|можно)\s+(?:быть\s+)?|(?:can|may|could)\s+be\s+)(?:отключен\p{L}*|выключен\p{L}*|өшірілген|өшірулі|сөндірулі|disabled|switched\s+off|turned\s+off)(?![\p{L}])`,
  // «пикселей на сайте нет», «отсутствуют», «жоқ», "there are no pixels": what is not there is not used.
  String.raw`(?<![\p{L}])(?:нет|отсутству\p{L}*|жоқ(?:пыз|пын|сыз|пыңыз)?|there\s+(?:is|are)\s+no)(?![\p{L}])`,
  // A clause that only names what is left out: «…, never your income», «но не ваш доход».
  String.raw`^\s*(?:but\s+)?(?:never|not)\s+(?:your|the|any|their|his|her)(?![\p{L}])`,
  String.raw`^\s*(?:но\s+|а\s+)?(?:никогда\s+)?не\s+(?:ваш|ваши|ваше|вашу|вашего|ваших|его|её|ее|их)(?![\p{L}])`,
]);

/**
 * Scanned only when the clause can hold them (Kazakh letters; the word "no"; an advertising word): a list of stems tried
 * at every position costs more than the rest of the negations together.
 */
const KK_PAST_NEGATION = lazyPattern(`(?<![\\p{L}])${KK_STEMS}(?:ма|ме|ба|бе|па|пе)(?:ған|ген|ды|ді|д(?:ық|ік|ым|ім))(?![\\p{L}])`, 'iu');
/** "carries no advertising pixels", "we use no trackers": the verb affirms nothing. */
const EN_VERB_NO = lazyPattern(`(?<![\\p{L}])(?:${EN_VERBS}|carr|contain|have|has|load|includ|run)[a-z]*\\s+no\\s+(?!(?:later|more|matter|longer)(?![\\p{L}]))`, 'iu');
const KAZAKH_LETTER = lazyPattern('[әіңғүұқөһ]', 'iu');
const WORD_NO = lazyPattern(String.raw`\sno\s`, 'iu');

/**
 * What is said not to be advertising is no advertising: «уведомления рекламой не являются», «жарнама болып
 * табылмайды» (the noun: «жарнамалық емес идентификатор» is a non-advertising identifier), "reminders are not marketing".
 */
const NOT_ADVERTISING = lazyPattern([
  String.raw`(?<![\p{L}])(?:реклам|маркетинг)\p{L}*\s+не\s+(?:явля|счита)\p{L}*|(?<![\p{L}])не\s+(?:явля|счита)\p{L}*\s+(?:\p{L}+\s+)?(?:реклам|маркетинг)`,
  String.raw`(?<![\p{L}])(?:жарнама|маркетинг)\s+(?:болып\s+табылмайды|емес)(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:is|are)\s+not\s+(?:considered\s+)?(?:an?\s+)?(?:marketing|advertising|advertisements?|adverts?|ads|promotional)(?![\p{L}])`,
].join('|'), 'iu');
/**
 * A practice the operator is given no right to: «без права трансграничной передачи», "without the right to transfer it
 * abroad", «трансшекаралық беру құқығынсыз».
 */
const WITHOUT_RIGHT = lazyPattern([
  `(?<![\\p{L}])без\\s+права\\s+(?:\\p{L}+\\s+){0,2}?${RU_PRACTICE_NOUNS}`,
  String.raw`(?<![\p{L}])without\s+(?:the\s+|any\s+)?right\s+(?:to|of)\s+(?:[a-z-]+\s+){0,2}?(?:transfer|shar|disclos|sell|pass|process)`,
  String.raw`(?<![\p{L}])(?:беру|тарату|жария\s+ету|өңдеу|жинау)\s+құқығынсыз(?![\p{L}])`,
].join('|'), 'iu');

/**
 * "We neither collect…", and the clause after «nor» (clauses break before it, clauses.ts): "nor the widget asks for…",
 * "nor store it".
 */
const NEITHER_NOR = lazyPattern(`(?:(?<![\\p{L}])neither|^\\s*nor)\\s+(?:[^.;]{1,60}?\\s)?${EN_VERBS}[a-z]*`, 'iu');
/**
 * A short verbless line that only names what is absent: "No camera or microphone from this site.", «Никакой геолокации.»
 * ("No later than…", "no more than…" measure time or amounts).
 */
const NOTHING_OF = lazyPattern(String.raw`^\s*(?:no(?!\s+(?:later|longer|more|less|matter|sooner)(?![\p{L}]))|никак(?:ой|ая|ого|их|ое|ую))\s+(?:[^\s.;:!?]+\s+){0,6}[^\s.;:!?]+[.!]?\s*$`, 'iu');

/** Case spelt out on the first letter: a case-insensitive search would cost as much as the patterns it guards. */
const ADVERTISING_WORD = /[рР]еклам|[мМ]аркетинг|[жЖ]арнама|[mM]arketing|[aA]dvert|ads|[pP]romotional/u;

function guardedNegations(clause: string): RegExp[] {
  const extra: RegExp[] = [];
  if (KAZAKH_LETTER().test(clause)) extra.push(KK_PAST_NEGATION());
  if (WORD_NO().test(clause)) extra.push(EN_VERB_NO());
  if (ADVERTISING_WORD.test(clause)) extra.push(NOT_ADVERTISING(), NO_ADS_SHOWN());
  if (clause.includes('без права') || clause.includes(' right ') || clause.includes('құқығынсыз')) extra.push(WITHOUT_RIGHT());
  if (clause.includes('either') || /^\s*nor\s/iu.test(clause)) extra.push(NEITHER_NOR());
  if (/^\s*(?:[Nn]o|[Нн]икак)/u.test(clause)) extra.push(NOTHING_OF());
  extra.push(...uploadSpared(clause));
  return extra;
}

/** «не хранятся в открытом виде», "never stored in plain text": a safeguard for data that is kept, not a denial. */
const SAFEGUARD_MANNER = lazyPattern(String.raw`(?<![\p{L}])(?:в\s+(?:открытом|незашифрованном)\s+виде|ашық\s+түрде|шифрланбаған\s+түрде|in\s+(?:plain|clear)\s*text|unencrypted|in\s+the\s+clear)(?![\p{L}])`, 'iu');

/**
 * An opt-out may report the person's words at length: "unless you have told us that you do not want offers", «если вы не
 * сообщили нам, что не хотите их получать».
 */
const HYPOTHETICAL_BEFORE = lazyPattern(String.raw`(?:если|в\s+случае|при\s+отказе|if|unless|егер)[\s,]+(?:[\p{L}-]+[\s,]+){0,3}$|unless\s+you\s+(?:have\s+)?(?:told|tell|informed|inform|notified|notify|asked|ask)\s+us\s+(?:that\s+)?(?:you\s+)?(?:do\s+|did\s+)?$|(?:если|пока)\s+вы\s+не\s+(?:сообщ|уведом|заяв)\p{L}*(?:\s+нам)?,?\s+что\s+(?:вы\s+)?$`, 'iu');
/** «Микрокредит берілмеген жағдайда…» (in case no loan is issued): a Kazakh participle before «жағдайда» is a hypothetical too. */
const HYPOTHETICAL_AFTER = lazyPattern(String.raw`^\s+(?:жағдайда|жағдайларда|кезде|кезінде)(?![\p{L}])`, 'iu');

/** Whether the clause denies a practice (a hypothetical «если … не» does not count). */
export function findNegation(clause: string): boolean {
  if (SAFEGUARD_MANNER().test(clause)) return false;
  const hasPipe = clause.includes('|');
  if (hasPipe && deniesTableRow(clause)) return true;
  for (const pattern of [...NEGATIONS(clause), ...guardedNegations(clause)]) {
    const found = pattern.exec(clause);
    if (!found) continue;
    const before = clause.slice(Math.max(0, found.index - 60), found.index);
    const after = clause.slice(found.index + found[0].length, found.index + found[0].length + 50);
    if (HYPOTHETICAL_BEFORE().test(before) || HYPOTHETICAL_AFTER().test(after) || waivesConsent(found[0], before)) continue;
    if (hasPipe && answersColumn(found[0], before, after)) continue;
    if (!lastsUntilConsent(before, after)) return true;
  }
  return false;
}

const EXCEPTIONS = lazyPatterns('iu', () => [
  String.raw`(?<![\p{L}])без\s+(?:(?:предварительного|письменного|явного|отдельного|электронного|его|её|ее|вашего|Вашего|их|моего|своего|нашего|\([^()]{1,40}\))\s+)*(?:согласия|разрешения|желания)(?:\s+(?:Пользователя|субъекта|Клиента|клиента|Заемщика|Вас))?`,
  String.raw`(?<![\p{L}])(?:келісім(?:ін|ім|іңіз)сіз|рұқсат(?:ын|ым|ыңыз)сыз)`,
  String.raw`(?<![\p{L}])without\s+(?:your\s+|prior\s+|explicit\s+|this\s+|such\s+|that\s+)*(?:consent|permission)`,
  String.raw`(?:за\s+исключением|кроме)\s+(?:случаев|тех\s+случаев|как)(?:[\s,]+[\p{L}\p{N}-]+){0,5}`,
  String.raw`(?:[\p{L}-]+\s+){0,4}жағдайлар(?:ды)?\s+(?:\([^)]{0,200}\)\s+)?қоспағанда`,
  // "anyone other than you" names who, not a case in which the denial lifts.
  String.raw`(?:except|unless|other\s+than(?!\s+(?:you|me|yourself|the\s+(?:borrower|customer|client|user))(?![\p{L}])))(?:[\s,]+[\p{L}\p{N}-]+){1,6}`,
]);

/** «не передаются, за исключением случаев…», «не … без согласия»: a negation with exceptions is a condition. */
export function findException(text: string): string | null {
  for (const pattern of EXCEPTIONS()) {
    const found = pattern.exec(text);
    if (found) return found[0];
  }
  return null;
}
