/**
 * Only after telling or asking someone: "only give us this information after informing the guarantor", «только после
 * уведомления поручителя», «кепіл берушіге хабарлағаннан кейін ғана». Read with the other conditions (condition.ts);
 * «только после погашения» dates a deletion instead. Tried only on text holding "after", «после» or «кейін ғана».
 */
import { lazyPatterns } from '../lazy';

const AFTER_TELLING = lazyPatterns('iu', () => [
  String.raw`(?<![\p{L}])only\s+(?:[a-z'’-]+\s+){0,8}?after\s+(?:informing|notifying|telling|asking|obtaining|getting|receiving)(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:только|лишь)\s+после\s+(?:уведомлени|информировани|получени|согласовани)\p{L}*`,
  String.raw`(?<=(?:хабарла|ескерт|келісім\s+ал|рұқсат\s+ал)(?:ғаннан|ған\s+соң)\s)кейін\s+ғана(?![\p{L}])`,
]);

export function afterTellingPatterns(text: string): readonly RegExp[] {
  return text.includes('after ') || text.includes('после ') || text.includes('кейін ғана') ? AFTER_TELLING() : [];
}
