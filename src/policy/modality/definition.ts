/**
 * Glossary entries («Трансграничная передача персональных данных – передача … иностранному лицу»,
 * "“Personal Data” means …") define words; they declare data but no practice.
 */
import { lazyPattern, rememberedTest } from '../lazy';

/** The defined term stays inside one sentence: «Рекламным сетям — никогда» after a full stop is no glossary entry. */
const TERM_AND_DASH = String.raw`(?:[\p{L}\p{N}\s\-«»"“”]|\.(?!\s)){1,80}?[»"”]?\s+[–—-]\s+`;
/**
 * Under a glossary's heading the term may carry its short form or foreign name in brackets («Аналог собственноручной подписи
 * (АСП) —»); elsewhere «ООО «Яндекс» (Россия) — Метрика» names a recipient, not a term.
 */
const ALIASED_TERM_AND_DASH = String.raw`(?:[\p{L}\p{N}\s\-«»"“”]|\.(?!\s)){1,80}?[»"”]?(?:\s+\([\p{L}\p{N}\s\-.]{1,30}\))?\s+[–—-]\s+`;
const RU_KK_DEFINITION = lazyPattern(String.raw`^[«"“]?[\p{Lu}]${TERM_AND_DASH}`, 'u');
/** Under a glossary's heading («Термины и определения», "Definitions", «Негізгі ұғымдар») an entry may open in lower case. */
const GLOSSARY_ENTRY = lazyPattern(String.raw`^[«"“]?[\p{L}]${ALIASED_TERM_AND_DASH}`, 'u');
const GLOSSARY_HEADING = lazyPattern(String.raw`(?<![\p{L}])(?:термин(?:ы|ов)?|определени\p{L}*|понятия|definitions|glossary|терминдер|анықтамалар|ұғымдар)(?![\p{L}])`, 'iu');
const isGlossary = rememberedTest((heading) => GLOSSARY_HEADING().test(heading));
/** A term set in bold and then explained: «**трансграничная передача** – передача…» (the bold marks are masked to spaces). */
const EMPHASISED_TERM = lazyPattern(String.raw`^\s{2,}[\p{L}][\p{L}\p{N}\s\-«»"“”.]{1,80}?[\p{L}»"”]\s{2,}[–—-]\s+`, 'u');
const EN_DEFINITION = lazyPattern(String.raw`^[«"“]?[\p{L}\s-]{2,60}[»"”]?\s+(?:means|refers\s+to|shall\s+mean)\s`, 'iu');
const MAX_DEFINED_WORDS = 8;
/** A defined term is a noun phrase: «Агентство вправе поручить обработку … — оператору», «Данные получают третьи лица — …» are statements with a dash. */
const PREDICATE = lazyPattern(String.raw`(?<![\p{L}])(?:вправе|может|могут|обязан\p{L}*|должн\p{L}*|будет|будут)(?![\p{L}])|\p{L}{4,}(?:ить|ать|ять|еть|ться)(?![\p{L}])|\p{L}{3,}(?:ают|яют|уют|ует|ются)(?![\p{L}])`, 'iu');

/**
 * A restriction defines nothing: «Рекламная рассылка – только с согласия», «… беру қажет болған жағдайда ғана – …»,
 * "Marketing emails – only with your consent" say when a practice happens, so the practice counts.
 */
const RESTRICTION = lazyPattern(String.raw`(?<![\p{L}])(?:только|лишь|исключительно|тек|ғана|only|solely|exclusively)(?![\p{L}])`, 'iu');

/**
 * A term is named in the nominative: «Кредитным бюро — так требует закон», «Коллекторам — при просрочке», «Кредиттік
 * бюроларға — заң бойынша» name whom something is given to (the dative: on the Russian phrase's first word, on the
 * Kazakh phrase's last), they define no word.
 */
const DATIVE_OPENING = lazyPattern(String.raw`^[«"“]?\p{L}{2,}(?:ным|ьим|ским|ому|ему|\p{L}{2}ам|\p{L}{2}ям)(?![\p{L}])|\p{L}{3}(?:ға|ге|қа|ке)[»"”]?\s+[–—-]\s+$`, 'u');

/** An answer's first word before a dash defines nothing: «Да — мы храним…», "Yes — every page is served over HTTPS", «Жоқ — …». */
const ANSWER_WORD = lazyPattern(String.raw`^[«"“]?(?:да|нет|конечно|yes|no|sure|of\s+course|иә|жоқ|әрине)[»"”]?\s+[–—-]`, 'iu');

/**
 * Where the term a glossary entry defines ends (its dash or "means" included), as an offset in `body`, or -1 when the
 * paragraph is no glossary entry. Only under a glossary's heading is the term surely a word being explained: elsewhere
 * it may be a label («Камера — только по нажатию кнопки»), so there the entry's term is said to end where it starts (0).
 * `body` is a paragraph after its section number, leading spaces kept (masked emphasis marks are spaces); `heading` the
 * one it sits under.
 */
export function definedTermEnd(body: string, heading = ''): number {
  const trimmed = body.trimStart();
  const glossary = isGlossary(heading);
  const entry = glossary ? GLOSSARY_ENTRY() : RU_KK_DEFINITION();
  const inTrimmed = entry.exec(trimmed) ?? EN_DEFINITION().exec(trimmed);
  const found = inTrimmed ?? EMPHASISED_TERM().exec(body);
  if (found === null || found[0].trim().split(/\s+/u).length > MAX_DEFINED_WORDS + 1 || PREDICATE().test(found[0]) || ANSWER_WORD().test(found[0]) || DATIVE_OPENING().test(found[0])) return -1;
  const firstWordAfter = /^\S*/u.exec((inTrimmed ? trimmed : body).slice(found[0].length))?.[0] ?? '';
  if (RESTRICTION().test(found[0]) || RESTRICTION().test(firstWordAfter)) return -1;
  return glossary ? (inTrimmed ? body.length - trimmed.length : 0) + found[0].length : 0;
}

/** A section that explains a word («1. Что такое cookie», "What are cookies?", «Cookie дегеніміз не»). */
const EXPLAINING_HEADING = lazyPattern(String.raw`(?<![\p{L}])(?:что\s+так(?:ое|ие)|what\s+(?:is|are)(?:\s+an?)?\s+(?:cookies?|pixels?|web\s+beacons?|tracking)|(?:дегеніміз|деген)\s+не)(?![\p{L}])`, 'iu');
/**
 * …unless a sentence there says what the operator itself does: «Мы используем cookie…», "We set…", also in a relative
 * clause after its verb («Cookie, которые устанавливает сайт, не содержат…», "cookies that the site sets") and with the
 * Kazakh possessive («сайты орнататын cookie»).
 */
const OPERATOR_PRACTICE = lazyPattern(String.raw`(?<![\p{L}])(?:мы|we|біз|компания|сайт|приложение|(?:our|the|this)\s+(?:site|website|app))\s+(?:[\p{L}-]+\s+)?(?:использу|применя|устанавлива|собира|сохраня|хран|use|set|place|store|collect|қолдан|пайдалан|орнат|жина|сақта)|(?<![\p{L}])(?:используем|применяем|устанавливаем|собираем|храним|қолданамыз|пайдаланамыз|орнатамыз|жинаймыз|сақтаймыз)(?![\p{L}])|(?<![\p{L}])(?:сайты|сайтымыз|қосымша\p{L}*)\s+(?:[\p{L}-]+\s+)?(?:қолдан|пайдалан|орнат|жина|сақта)|(?<![\p{L}])(?:устанавлива|использу|применя|сохраня)\p{L}*\s+(?:наш\p{L}*\s+)?(?:сайт|приложение|компания)(?![\p{L}])`, 'iu');

const explainsAWord = rememberedTest((heading) => EXPLAINING_HEADING().test(heading));

export function isExplanation(heading: string, statement: string): boolean {
  return explainsAWord(heading) && !OPERATOR_PRACTICE().test(statement);
}
