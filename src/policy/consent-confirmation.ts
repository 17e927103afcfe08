/**
 * The person's word that a third person agreed («Указывая контактное лицо, Пользователь подтверждает, что получил его
 * согласие», "By naming a guarantor you confirm that you have obtained their consent", «байланыс тұлғасының келісімін
 * алғанын растайды») presupposes data described elsewhere: it points back at the field, as a reference does
 * (reference-mentions.ts), so where that field is optional the confirmation does not make it declared.
 */
import { hintedTest } from './lazy';

export const confirmsThirdPersonConsent = hintedTest(/подтвержд|confirm|warrant|растай|растаймын/iu, [
  String.raw`подтвержда\p{L}*,?\s+что\s+(?:\p{L}+\s+){0,4}?(?:получил|получен|име\p{L}+)\p{L}*\s+(?:\p{L}+\s+){0,4}?согласи`,
  String.raw`(?:confirm|warrant|represent)\p{L}*\s+(?:that\s+)?(?:you|they|he|she|I|the\s+\p{L}+)\s+(?:have\s+|has\s+)?(?:obtained|received|got|have|has)\s+(?:\p{L}+\s+){0,3}?(?:consent|permission|agreement)`,
  String.raw`келісім\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:алғанын|алғандығын|алынғанын)\s+раста`,
].join('|'), 'iu');
