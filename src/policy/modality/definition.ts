/**
 * Glossary entries («Трансграничная передача персональных данных – передача … иностранному лицу»,
 * "“Personal Data” means …") define words; they declare data but no practice.
 */
import { lazyPattern } from '../lazy';

const RU_KK_DEFINITION = lazyPattern(String.raw`^[«"“]?[\p{Lu}][\p{L}\p{N}\s\-«»"“”.]{1,80}?[»"”]?\s+[–—-]\s+`, 'u');
const EN_DEFINITION = lazyPattern(String.raw`^[«"“]?[\p{L}\s-]{2,60}[»"”]?\s+(?:means|refers\s+to|shall\s+mean)\s`, 'iu');
const MAX_DEFINED_WORDS = 8;
/** A defined term is a noun phrase: «Агентство вправе поручить обработку … — оператору» is a statement with a dash. */
const PREDICATE = lazyPattern(String.raw`(?<![\p{L}])(?:вправе|может|могут|обязан\p{L}*|должн\p{L}*|будет|будут)(?![\p{L}])|\p{L}{4,}(?:ить|ать|ять|еть|ться)(?![\p{L}])`, 'iu');

export function isDefinition(body: string): boolean {
  const found = RU_KK_DEFINITION().exec(body) ?? EN_DEFINITION().exec(body);
  return found !== null && found[0].trim().split(/\s+/u).length <= MAX_DEFINED_WORDS + 1 && !PREDICATE().test(found[0]);
}
