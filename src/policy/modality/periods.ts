/**
 * Periods listed under a heading or lead about how long data is kept («5. Cookie қанша уақыт
 * сақталады», «Сроки хранения:», "How long we keep it"): each item's period is a retention rule,
 * though the item itself names no storing verb («аналитические cookie – до 13 месяцев»).
 */
import { lazyPattern, rememberedTest } from '../lazy';

const RETENTION_CONTEXT = lazyPattern(String.raw`срок\p{L}*\s+(?:\p{L}+\s+)?хранени|как\s+долго|сколько\s+(?:времени\s+)?(?:\p{L}+\s+)?хран|қанша\s+(?:уақыт\s+)?сақтал|сақта\p{L}*\s+мерзім|how\s+long|retention|retain|kept\s+for|storage\s+(?:period|duration)`, 'iu');
const PERIOD = lazyPattern(String.raw`(?<![\p{L}\p{N}])\p{N}+\s*(?:лет|год\p{L}*|месяц\p{L}*|дн(?:я|ей)|день|сут\p{L}*|жыл\p{L}*|ай\p{L}*|күн\p{L}*|years?|months?|days?|hours?|сағат\p{L}*|час\p{L}*)(?![\p{L}])|(?:окончани\p{L}*\s+сеанса|end\s+of\s+(?:the\s+)?session|сеанс\p{L}*\s+соңында|браузерді\s+жапқан)`, 'iu');

export const isRetentionContext = rememberedTest((text) => RETENTION_CONTEXT().test(text));

export function findPeriod(text: string): RegExpExecArray | null {
  return PERIOD().exec(text);
}
