/**
 * Periods listed under a heading or lead about how long data is kept («5. Cookie қанша уақыт
 * сақталады», «Сроки хранения:», "How long we keep it"): each item's period is a retention rule,
 * though the item itself names no storing verb («аналитические cookie – до 13 месяцев»).
 */
import { lazyPattern, rememberedTest } from '../lazy';

const RETENTION_CONTEXT = lazyPattern(String.raw`срок\p{L}*\s+(?:\p{L}+\s+)?хранени|как\s+долго|сколько\s+(?:времени\s+)?(?:\p{L}+\s+)?хран|қанша\s+(?:уақыт\s+)?сақтал|сақта\p{L}*\s+мерзім|how\s+long|retention|retain|kept\s+for|storage\s+(?:period|duration)`, 'iu');
const UNIT = String.raw`(?:лет|год\p{L}*|месяц\p{L}*|дн(?:я|ей)|день|сут\p{L}*|недел\p{L}*|жыл\p{L}*|ай\p{L}*|күн\p{L}*|апта\p{L}*|years?|months?|weeks?|days?|hours?|сағат\p{L}*|час\p{L}*)(?![\p{L}])`;
/** A count in words: «пять лет», "twelve months", «бес жыл». */
const NUMBER_WORD = String.raw`(?:один|одного|одну|два|двух|три|тр[её]х|четыре|четыр[её]х|пять|пяти|шесть|шести|семь|семи|десять|десяти|двенадцать|двенадцати|тридцать|тридцати|девяноста?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|thirty|sixty|ninety|бір|екі|үш|төрт|бес|алты|жеті|он|отыз|тоқсан)`;
/** Until the person withdraws consent or changes a choice: «до отзыва согласия», "until withdrawn", "until you change them", «келісімді кері қайтарғанға дейін». */
const UNTIL_WITHDRAWN = String.raw`до\s+(?:момента\s+)?отзыва|until\s+(?:it\s+is\s+|they\s+are\s+|consent\s+is\s+|you\s+)?(?:withdrawn?|revoked?|unsubscribe|change)|кері\s+(?:қайтарылғанға|қайтарғанға|алғанға|қайтарып\s+алғанға)\s+дейін`;
const PERIOD = lazyPattern([
  // «5 (пяти) лет», "3 (three) years", «5 (бес) жыл»: the count in words may follow in brackets.
  String.raw`(?<![\p{L}\p{N}])(?:\p{N}+\s*(?:\(\s*\p{L}+(?:\s+\p{L}+)?\s*\)\s*)?|${NUMBER_WORD}\s+)${UNIT}`,
  String.raw`(?:окончани\p{L}*\s+сеанса|end\s+of\s+(?:the\s+)?session|сеанс\p{L}*\s+соңында|браузерді\s+жапқан)`,
  UNTIL_WITHDRAWN,
].join('|'), 'iu');

export const isRetentionContext = rememberedTest((text) => RETENTION_CONTEXT().test(text));

export function findPeriod(text: string): RegExpExecArray | null {
  return PERIOD().exec(text);
}
