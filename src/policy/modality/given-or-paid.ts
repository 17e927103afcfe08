/**
 * Data given only if the person gives it ("(if provided)", «(если указано)», «(көрсетілсе)», «при его указании»), and data that follows from
 * the way the person chooses to repay ("if you repay by bank transfer", «если вы погашаете заём переводом», «аударыммен
 * төлесеңіз»). Read with the other conditions (condition.ts); rare words, so tried only on text holding one of them.
 */
import { lazyPatterns } from '../lazy';

const GIVEN_OR_PAID = lazyPatterns('iu', () => [
  // The bracket may say to whom or where it was given: "(if provided to the lender)", «(если указан в анкете)».
  String.raw`\((?:if\s+(?:provided|given|supplied|entered|specified)|если\s+(?:указан|предоставлен|сообщ[её]н)\p{L}*|(?:көрсетілсе|берілсе|ұсынылса|енгізілсе))(?:\s+[^()]{1,40})?\)`,
  // Unbracketed, the pronoun points back at the item: «при его указании», «көрсетілген жағдайда», "where provided", "if you provide it".
  String.raw`(?<![\p{L}])при\s+(?:его|её|ее|их)\s+(?:указании|предоставлении|сообщении)(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:көрсетілген|енгізілген|ұсынылған)\s+(?:жағдайда|кезде)(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:if|where)\s+(?:provided|given|supplied|specified)(?![\p{L}])|(?<![\p{L}])(?:if|where)\s+you\s+(?:provided?|give|gave|supply|supplied|specif(?:y|ied)|entered|enter)\s+(?:it|them|one)(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:if|where)\s+you\s+(?:choose\s+to\s+)?(?:re)?pay\s+(?:it\s+)?(?:by|via|through|with)(?![\p{L}])`,
  String.raw`(?<![\p{L}])если\s+(?:[Вв]ы|Клиент|Заемщик|Заёмщик)\s+(?:\p{L}+\s+)?(?:оплачива|оплат|погаша|погас)\p{L}*\s+(?:\p{L}+\s+)?(?:картой|переводом|через)(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:картамен|аударыммен|аударым\s+арқылы)\s+төлесе(?:ңіз|ң|м|к)?(?![\p{L}])`,
]);

/** The words a pattern cannot do without: the bracketed forms, «при его/её/их», «…лған/лген», "if"/"where", "pay by…", the Russian means of paying, «төлесе». */
export function givenOrPaidPatterns(text: string): readonly RegExp[] {
  const bracketed = text.includes(')') && (text.includes('(if ') || text.includes('(если ') || text.includes('се)') || text.includes('са)'));
  const unbracketed = text.includes('при е') || text.includes('при их') || text.includes('лған ') || text.includes('лген ')
    || text.includes('if ') || text.includes('If ') || text.includes('where ') || text.includes('Where ');
  const holds = bracketed || unbracketed || text.includes('pay ') || text.includes('картой') || text.includes('переводом') || text.includes('төлесе');
  return holds ? GIVEN_OR_PAID() : [];
}
