/**
 * Data given only if the person gives it ("(if provided)", «(если указано)», «(көрсетілсе)», «при его указании»), and data that follows from
 * the way the person chooses to repay ("if you repay by bank transfer", «если вы погашаете заём переводом», «аударыммен
 * төлесеңіз»), the way also named as a noun or gerund («в случае оплаты картой», "when paying by card", «картамен төлеген
 * жағдайда»), and the way the loan is paid out («при перечислении займа на карту», "when the loan is paid out to your
 * card", «картаға аударылса»). Read with the other conditions (condition.ts); rare words, so tried only on text holding one of them.
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
  // The way of paying named as a noun: «В случае оплаты страховой премии банковской картой», «при погашении займа переводом».
  String.raw`(?<![\p{L}])(?:в\s+случае|при)\s+(?:оплат|погашени)\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:(?:банковской\s+)?картой|переводом)(?![\p{L}])`,
  // The way the loan is paid out, likewise: «при перечислении займа на банковскую карту», «в случае зачисления на счёт».
  String.raw`(?<![\p{L}])(?:в\s+случае|при)\s+(?:перечислени|зачислени|выдач|получени)\p{L}*\s+(?:\p{L}+\s+){0,2}?на\s+(?:\p{L}+\s+)?(?:карт|сч[её]т)\p{L}*`,
  String.raw`(?<![\p{L}])(?:if|when|where)\s+(?:the\s+|your\s+)?(?:loan|money|funds)\s+(?:is|are)\s+(?:paid\s+out|credited)\s+to\s+(?:your\s+|a\s+)?(?:bank\s+)?(?:card|account)(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:картаға|шотқа)\s+аударыл(?:са|ған\s+(?:жағдайда|кезде))(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:if|when)\s+paying\s+(?:by|with|via)\s+(?:a\s+|your\s+)?(?:bank\s+|debit\s+|credit\s+)?(?:card|transfer)(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:картамен|аударыммен|аударым\s+арқылы)\s+төлеген\s+(?:жағдайда|кезде)(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:картамен|аударыммен|аударым\s+арқылы)\s+төлесе(?:ңіз|ң|м|к)?(?![\p{L}])`,
]);

/** The words a pattern cannot do without: the bracketed forms, «при его/её/их», «…лған/лген», "if"/"where", the ways of paying and of payout. */
export function givenOrPaidPatterns(text: string): readonly RegExp[] {
  const bracketed = text.includes(')') && (text.includes('(if ') || text.includes('(если ') || text.includes('се)') || text.includes('са)'));
  const unbracketed = text.includes('при е') || text.includes('при их') || text.includes('лған ') || text.includes('лген ')
    || text.includes('if ') || text.includes('If ') || text.includes('where ') || text.includes('Where ');
  const paid = text.includes('pay ') || text.includes('paying') || text.includes('картой') || text.includes('переводом')
    || text.includes('төлесе') || text.includes('төлеген');
  const paidOut = text.includes(' на карт') || text.includes(' на сч') || text.includes(' на банковск') || text.includes('paid out')
    || text.includes('credited') || text.includes('аударыл');
  return bracketed || unbracketed || paid || paidOut ? GIVEN_OR_PAID() : [];
}
