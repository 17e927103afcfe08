/**
 * A card named as the way to pay («Погашение производится … либо банковской картой», "top up the wallet by bank card",
 * «банктік карта арқылы төлеу») says how money moves, not that the operator receives the card's details. It points at the
 * payment described elsewhere, as a reference does (reference-mentions.ts): where the document says the card data go to
 * an acquiring bank and are never received, that decides; said alone, paying by card still declares the card.
 */
import { hintedTest } from './lazy';

export const namesCardAsPaymentMeans = hintedTest(/картой|card|карта/iu, [
  String.raw`(?<![\p{L}])(?:оплат|плат[её]ж|погаш|пополн|внес|оплачива|плат)\p{L}*\s+(?:[^.;]{0,120}?\s)?(?:банковской\s+|платёжной\s+|платежной\s+)?картой(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:pay|paid|paying|payments?|top(?:ping)?\s+up|repay\p{L}*)\s+(?:[\p{L}-]+\s+){0,5}?(?:by|with|using|via)\s+(?:a\s+|your\s+)?(?:bank\s+|debit\s+|credit\s+|payment\s+)?card(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:төле|өте|толықтыр)\p{L}*\s+(?:[^.;]{0,120}?\s)?(?:банктік\s+)?карта(?:мен|\s+арқылы)(?![\p{L}])`,
  // The Kazakh verb after the card: «банктік карта арқылы төлеуге болады».
  String.raw`(?<![\p{L}])карта(?:мен|\s+арқылы)\s+(?:\p{L}+\s+){0,2}?(?:төле|өте|толықтыр|жүргізіл)\p{L}*`,
].join('|'), 'iu');
