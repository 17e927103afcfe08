/**
 * «только при их указании», «лишь при предоставлении разрешения» (the person's act named as a noun), «при вашем желании»
 * (as «по желанию»), and «только тогда», "only then", «сонда ғана» (as «только в этом случае»; «только тогда, когда это
 * нужно» names a purpose instead). Rare words: tried only on text holding one of them.
 */
import { lazyPatterns } from '../lazy';

const RARE_CONDITIONS = lazyPatterns('iu', () => [
  String.raw`(?<![\p{L}])(?:только|лишь|исключительно)\s+при\s+(?:\p{L}+\s+){0,2}?(?:указании|предоставлении|выборе|желании|подключении|включении|загрузке|заполнении)(?![\p{L}])`,
  String.raw`(?<![\p{L}])при\s+(?:(?:вашем|Вашем|своем|своём|его|её|ее|их)\s+)?желании(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:(?:только|лишь)\s+тогда(?!,?\s+когда)|only\s+then|(?:тек\s+)?сонда\s+ғана)(?![\p{L}])`,
]);

/** Looked for only in text holding one of their words, by plain search. */
export function rareConditionPatterns(text: string): readonly RegExp[] {
  const holds = text.includes('лько при') || text.includes('шь при') || text.includes('льно при') || text.includes('желании')
    || text.includes('тогда') || text.includes('then') || text.includes('сонда');
  return holds ? RARE_CONDITIONS() : [];
}
