/**
 * "Not required, but you may add it": «Фото документа не требуется — по желанию его можно загрузить позже», "A selfie is
 * not required; you can upload one later if you wish", «Селфи талап етілмейді — өз қалауыңызбен кейін жүктей аласыз». What
 * is not demanded but still taken when the person chooses is optional, so conditional on that choice, not denied.
 */
import { lazyPattern } from '../lazy';

const NOT_REQUIRED = lazyPattern(String.raw`(?<![\p{L}])(?:не\s+(?:требу|обязательн|нужн)\p{L}*|not\s+(?:required|needed|mandatory|compulsory)|талап\s+етілмейді|қажет\s+емес|міндетті\s+емес)(?![\p{L}])`, 'iu');

/** The person's choice to give it after all. */
const CHOICE = lazyPattern([
  String.raw`(?<![\p{L}])(?:по\s+(?:\p{L}+\s+)?желанию|при\s+желании|если\s+(?:[Вв]ы\s+)?(?:хотите|захотите|пожелаете))(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:можно|можете|вправе)\s+(?:\p{L}+\s+){0,3}?(?:загрузить|добавить|указать|приложить|предоставить)(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:if\s+you\s+(?:wish|want|like|prefer)|optionally)(?![\p{L}])|(?<![\p{L}])you\s+(?:can|may)\s+(?:still\s+|also\s+)?(?:upload|add|provide|give|attach)(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:(?:өз\s+)?қалау(?:ыңыз|ы|ым)(?:мен|бен|\s+бойынша)|қаласаңыз)(?![\p{L}])|(?<![\p{L}])(?:жүктей|қоса|көрсете|бере)\s+аласыз(?![\p{L}])`,
].join('|'), 'iu');

const HINT = /требу|обязательн|нужн|required|needed|mandatory|compulsory|талап|қажет|міндетті/iu;

/** The person's choice in a text that says the item is not required, or null. */
export function optionalAfterAll(text: string): string | null {
  if (!HINT.test(text) || !NOT_REQUIRED().test(text)) return null;
  return CHOICE().exec(text)?.[0].replace(/\s+/gu, ' ').trim() ?? null;
}
