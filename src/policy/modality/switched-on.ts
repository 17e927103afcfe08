/**
 * A case the person's own setting makes: «Если в приложении включена геолокация, …», "If location services are turned on
 * in the app, …", «Қосымшада геолокация қосулы болса, …». A feature switched on is one the person may leave off, so what
 * it gives is conditional, as a setting switched on at a paragraph's opening is (setting-switch.ts). Tried only on text
 * holding one of the words.
 */
import { lazyPatterns } from '../lazy';

const SWITCHED_ON = lazyPatterns('iu', () => [
  String.raw`(?<![\p{L}])(?:если|когда)\s+(?:[\p{L}-]+\s+){0,3}?(?:включен[аоы]?|активирован[аоы]?)(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:if|when|where|while)\s+(?:[\p{L}-]+\s+){0,3}?(?:is|are|has\s+been|have\s+been)\s+(?:enabled|activated|switched\s+on|turned\s+on)(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:қосулы|қосылған)\s+(?:болса|жағдайда|кезде)(?![\p{L}])`,
]);

const HINT = /включен|активирован|enabled|activated|switched on|turned on|қосулы|қосылған/iu;

export function switchedOnPatterns(text: string): readonly RegExp[] {
  return HINT.test(text) ? SWITCHED_ON() : [];
}
