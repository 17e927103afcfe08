/**
 * A sum above which the data is asked for, read with the other conditions (condition.ts): "if a purchase goes above
 * 500,000 tenge", «если сумма превышает 300 000 тенге», "for plans above 300,000 KZT". Tried only on text naming the
 * currency, for these scan every "if".
 */
import { lazyPatterns } from '../lazy';

const MONEY_THRESHOLDS = lazyPatterns('iu', () => [
  String.raw`(?<![\p{L}])(?:if|where|when|once)\s+[^.;]{0,60}?(?:exceeds?|goes\s+above|is\s+(?:more|greater|higher)\s+than|is\s+(?:over|above))\s+\d[\d\s,.]*(?:tenge|KZT|₸)`,
  String.raw`(?<![\p{L}])(?:если|когда|при\s+сумме)\s+[^.;]{0,60}?(?:превыша\p{L}*|свыше|более|больше)\s+\d[\d\s]*(?:тенге|₸|KZT)`,
  String.raw`\d[\d\s]*(?:теңгеден|тенгеден)\s+(?:асса|асқан\s+жағдайда|асқанда|артық\s+болса|асатын|жоғары)`,
  // Named by what it applies to: "for plans above 300,000 KZT", «по займам свыше 300 000 тенге».
  String.raw`(?<![\p{L}])(?:for|on)\s+(?:[a-z-]+\s+){1,3}?(?:above|over|exceeding|of\s+more\s+than)\s+\d[\d\s,.]*(?:tenge|KZT|₸)`,
  String.raw`(?<![\p{L}])(?:для|по)\s+(?:\p{L}+\s+){1,4}?(?:свыше|более|выше|превышающ\p{L}*)\s+\d[\d\s]*(?:тенге|₸|KZT)`,
]);
const CURRENCY = /tenge|kzt|₸|тенге|теңге/iu;

export function moneyThresholdPatterns(text: string): readonly RegExp[] {
  return CURRENCY.test(text) ? MONEY_THRESHOLDS() : [];
}
