/**
 * Negated practice: «не собирает», «не осуществляет трансграничную передачу», «жинамайды»,
 * «жүзеге асырылмайды», "we never access". The negation must govern a data verb: «не несет
 * ответственности» or «не проверяет достоверность» deny nothing about collection, and «если
 * Пользователь не предоставит…» is a hypothetical, not a promise.
 */

const RU_VERBS = '(?:собира|собер|получа|получ|запрашива|запрос|обрабатыва|обработа|хран|сохраня|переда|предоставля|предостав|раскрыва|раскро|прода|использу|отслежива|применя|требу|записыва|запис|устанавлива|поруча|продава|распространя|доступ|фиксир|сканир|считыва|просматрива|определя|снима|сообща|разглаша|разглас)';
const RU_LIGHT_VERBS = '(?:осуществля|производ|провод|выполня|веде)';
const RU_PRACTICE_NOUNS = '(?:сбор|обработк|передач|хранени|трансграничн|запис|отслеживани|мониторинг|продаж|раскрыти|доступ)';
const KK_STEMS = '(?:жина|жинал|бер|беріл|тапсыр|табыста|табысталы|асыр|асырыл|пайдалан|пайдаланыл|өңде|өңдел|сақта|сақтал|тарат|таратыл|жібер|жіберіл|сат|сатыл|ал|алын|қолдан|қолданыл|бақыла|қадағала|сұра|ұсын|ұсыныл|жаз|жазыл|ашп|ашыл|жеткіз|оқы|оқыл|көшір|анықта|жарияла|орнат|талап ет|сұрат|қос|қосыл)';
const EN_VERBS = '(?:collect|gather|share|sell|rent|transfer|store|retain|use|access|process|track|disclose|record|request|obtain|receive|monitor|read|require|send|keep|ask|fingerprint|profile|capture|scan|save|trade|transmit|install|place|log)';

const NEGATIONS: readonly RegExp[] = [
  new RegExp(`(?<![\\p{L}])(?:не|ни|никогда\\s+не)\\s+(?:[\\p{L}-]+\\s+){0,2}?${RU_VERBS}\\p{L}*`, 'iu'),
  new RegExp(`(?<![\\p{L}])не\\s+${RU_LIGHT_VERBS}\\p{L}*\\s+(?:[\\p{L}-]+\\s+)?${RU_PRACTICE_NOUNS}`, 'iu'),
  /(?<![\p{L}])не\s+подлеж\p{L}*\s+(?:передач|раскрыти|распространени)/iu,
  // «трансграничная передача не осуществляется»: the practice named before the denied light verb.
  new RegExp(`(?<![\\p{L}])${RU_PRACTICE_NOUNS}\\p{L}*\\s+(?:[\\p{L}-]+\\s+){0,3}?не\\s+${RU_LIGHT_VERBS}`, 'iu'),
  new RegExp(`(?<![\\p{L}])${KK_STEMS}(?:ма|ме|ба|бе|па|пе)й(?:ды|ді|мыз|міз|тын|тін)`, 'iu'),
  /(?<![\p{L}])ешқашан(?![\p{L}])/iu,
  /(?<![\p{L}])(?:жинал|беріл|өңдел|жүргізіл)\p{L}*\s+(?:[\p{L}-]+\s+)?емес/iu,
  new RegExp(`(?<![\\p{L}])(?:not|never|n't|no\\s+longer)\\s+(?:[a-z]+\\s+){0,2}?${EN_VERBS}[a-z]*`, 'iu'),
  /(?<![\p{L}])no\s+(?:personal\s+)?(?:data|information)\s+(?:is|are|will\s+be)\s+(?:collected|shared|stored|transferred)/iu,
  /(?<![\p{L}])(?:have|has|get|gets|gain|gains)\s+no\s+access/iu,
  /(?<![\p{L}])(?:not|never)\s+(?:be\s+)?(?:carried\s+out|performed|conducted|take\s+place|takes\s+place)/iu,
  /(?<![\p{L}])(?:отключен\p{L}*|выключен\p{L}*|өшірілген|disabled|switched\s+off|turned\s+off)(?![\p{L}])/iu,
];

const HYPOTHETICAL_BEFORE = /(?:если|в\s+случае|при\s+отказе|if|unless|егер)[\s,]+(?:[\p{L}-]+[\s,]+){0,3}$/iu;

/** Whether the clause denies a practice (a hypothetical «если … не» does not count). */
export function findNegation(clause: string): boolean {
  for (const pattern of NEGATIONS) {
    const found = pattern.exec(clause);
    if (!found) continue;
    const before = clause.slice(Math.max(0, found.index - 60), found.index);
    if (!HYPOTHETICAL_BEFORE.test(before)) return true;
  }
  return false;
}

const EXCEPTIONS: readonly RegExp[] = [
  /(?<![\p{L}])без\s+(?:(?:предварительного|письменного|явного|отдельного|его|её|ее|вашего|Вашего|их|моего|своего|нашего)\s+)*(?:согласия|разрешения)(?:\s+(?:Пользователя|субъекта|Клиента|клиента|Заемщика|Вас))?/iu,
  /(?<![\p{L}])(?:келісім(?:ін|ім|іңіз)сіз|рұқсат(?:ын|ым|ыңыз)сыз)/iu,
  /(?<![\p{L}])without\s+(?:your\s+|prior\s+|explicit\s+)*(?:consent|permission)/iu,
  /(?:за\s+исключением|кроме)\s+(?:случаев|тех\s+случаев|как)(?:[\s,]+[\p{L}\p{N}-]+){0,5}/iu,
  /(?:[\p{L}-]+\s+){0,4}жағдайларды\s+қоспағанда/iu,
  /(?:except|unless|other\s+than)(?:[\s,]+[\p{L}\p{N}-]+){1,6}/iu,
];

/** «не передаются, за исключением случаев…», «не … без согласия»: a negation with exceptions is a condition. */
export function findException(text: string): string | null {
  for (const pattern of EXCEPTIONS) {
    const found = pattern.exec(text);
    if (found) return found[0];
  }
  return null;
}
