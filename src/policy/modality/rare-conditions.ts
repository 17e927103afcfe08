/**
 * «только при их указании», «лишь при предоставлении разрешения» (the person's act named as a noun), «при вашем желании»
 * (as «по желанию»), and «только тогда», "only then", «сонда ғана» (as «только в этом случае»; «только тогда, когда это
 * нужно» names a purpose instead), «только вместе с…», "only together with…", «только в том случае, если Вы…». Rare
 * words: tried only on text holding one of them.
 */
import { lazyPatterns } from '../lazy';

const RARE_CONDITIONS = lazyPatterns('iu', () => [
  String.raw`(?<![\p{L}])(?:только|лишь|исключительно)\s+при\s+(?:\p{L}+\s+){0,2}?(?:указании|предоставлении|выборе|желании|подключении|включении|загрузке|заполнении)(?![\p{L}])`,
  String.raw`(?<![\p{L}])при\s+(?:(?:вашем|Вашем|своем|своём|его|её|ее|их)\s+)?желании(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:(?:только|лишь)\s+тогда(?!,?\s+когда)|only\s+then|(?:тек\s+)?сонда\s+ғана)(?![\p{L}])`,
]);

/**
 * «только в том случае, если Вы нажмете…» with the person's act, which is kept in the condition so a gate can tell a
 * consent (consent-gated.ts); «…если мы не можем дозвониться» is a fallback of a use, no condition on collecting.
 */
const IN_THAT_CASE = lazyPatterns('iu', () => [
  String.raw`(?<![\p{L}])(?:только|лишь|исключительно)\s+в\s+том\s+случае,?\s+если\s+(?:[Вв]ы|Пользователь|Клиент)\s+(?!не\s)\p{L}+`,
]);

const TOGETHER = lazyPatterns('iu', () => [
  // Only along with something the person switches on: «включается только вместе с аналитическими cookie», "runs only
  // together with analytics cookies", «талдамалық cookie файлдарымен бірге ғана қосылады».
  String.raw`(?<![\p{L}])(?:только|лишь)\s+(?:вместе|одновременно)\s+со?(?:\s+[\p{L}-]+){1,2}`,
  String.raw`(?<![\p{L}])only\s+(?:together|along)\s+with(?:\s+[\p{L}-]+){1,2}`,
  String.raw`бірге(?<=(?:мен|бен|пен)\s+бірге)\s+ғана(?![\p{L}])`,
]);

/**
 * A lead that allows a practice only in the cases it lists: «осуществляется только в следующих случаях:», "only in the
 * following cases:", «келесі жағдайларда ғана»: the lead itself is as conditional as its items.
 */
const LISTED_CASES = lazyPatterns('iu', () => [
  String.raw`(?<![\p{L}])(?:только|лишь|исключительно)\s+в\s+(?:следующих|нижеследующих|нижеперечисленных|перечисленных\s+ниже|указанных\s+ниже)\s+случаях(?![\p{L}])`,
  String.raw`(?<![\p{L}])only\s+in\s+the\s+(?:following|cases\s+listed\s+below)(?:\s+(?:cases|circumstances|situations))?(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:келесі|төмендегі)\s+жағдайларда\s+ғана(?![\p{L}])`,
]);

/** Looked for only in text holding one of their words, by plain search. */
export function rareConditionPatterns(text: string): readonly RegExp[] {
  const rare = text.includes('лько при') || text.includes('шь при') || text.includes('льно при') || text.includes('желании')
    || text.includes('тогда') || text.includes('then') || text.includes('сонда');
  const together = text.includes('вместе') || text.includes('одновременно') || text.includes('together') || text.includes('along')
    || text.includes('бірге');
  const inThatCase = text.includes('том случае');
  const listed = text.includes('следующих') || text.includes('перечисл') || text.includes('указанных ниже') || text.includes('following')
    || text.includes('listed below') || text.includes('келесі') || text.includes('төмендегі');
  return [...(rare ? RARE_CONDITIONS() : []), ...(together ? TOGETHER() : []), ...(inThatCase ? IN_THAT_CASE() : []), ...(listed ? LISTED_CASES() : [])];
}
