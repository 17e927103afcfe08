/**
 * Data recorded to prove the consent itself: «при даче согласия фиксируются IP-адрес и время для подтверждения согласия»,
 * «келісім берілген кезде IP-мекенжайым келісімнің берілгенін растау үшін тіркеледі», "when you consent we log your IP
 * address to prove that you gave consent". The consent named there is the moment the record is made, which every
 * consent has, not a case the record waits for.
 */
import { lazyPattern } from '../lazy';

const PROOF = lazyPattern([
  String.raw`(?<![\p{L}])(?:для|в\s+целях)\s+подтвержд\p{L}*\s+(?:\p{L}+\s+){0,2}?согласи\p{L}*`,
  String.raw`(?<![\p{L}])келісім\p{L}*\s+(?:\p{L}+\s+)?растау(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:to|as|in\s+order\s+to)\s+(?:confirm|prove|evidence|record)\s+(?:that\s+)?(?:you\s+(?:gave|have\s+given)\s+)?(?:your\s+|the\s+|this\s+)?consent`,
].join('|'), 'iu');
const CONSENT_WORD = /соглас|келісім|consent/iu;

/** Whether the condition found is a consent the clause records a proof of. Plain searches first: most clauses hold none of the words. */
export function provesConsent(condition: string, text: string): boolean {
  if (!CONSENT_WORD.test(condition)) return false;
  const holds = text.includes('подтвержд') || text.includes('растау') || (text.includes('consent') && (text.includes('to ') || text.includes('as ')));
  return holds && PROOF().test(text);
}
