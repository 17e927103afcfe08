/**
 * A court case named as the case in which data goes out: «В случае взыскания в судебном порядке данные передаются в суд»,
 * «Сот тәртібімен өндіріп алған жағдайда деректер сотқа беріледі», "In the event of legal proceedings, we disclose data to
 * the court". Data reach a court only if the debt or dispute gets there, so the transfer is conditional; a plain list of
 * recipients that names courts («передаём в суды и бюро») is not. Read with the other conditions (condition.ts); tried only
 * on text holding a word for a court.
 */
import { lazyPatterns } from '../lazy';

const COURT_CASES = lazyPatterns('iu', () => [
  String.raw`(?<![\p{L}])в\s+случае\s+(?:(?:взыскания|рассмотрения\s+\p{L}+)\s+в\s+судебном\s+порядке|судебного\s+(?:взыскания|разбирательства|спора|производства)|обращения\s+(?:\p{L}+\s+)?в\s+суд)(?![\p{L}])`,
  String.raw`(?<![\p{L}])при\s+(?:(?:взыскании|рассмотрении\s+\p{L}+)\s+в\s+судебном\s+порядке|судебном\s+(?:взыскании|разбирательстве|споре|производстве)|обращении\s+(?:\p{L}+\s+)?в\s+суд)(?![\p{L}])`,
  String.raw`(?<![\p{L}])сот\s+(?:тәртібімен|арқылы)\s+(?:\p{L}+\s+)?(?:өндіріп\s+алған|өндірген|қараған|шешкен)\s+(?:жағдайда|кезде)(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:in\s+the\s+event\s+of|in\s+case\s+of|if\s+there\s+(?:is|are))\s+(?:any\s+)?(?:legal\s+proceedings|litigation|court\s+(?:action|proceedings|recovery))(?![\p{L}])`,
  String.raw`(?<![\p{L}])if\s+(?:the\s+|your\s+)?(?:debt|case|claim|dispute|matter)\s+(?:goes|is\s+taken|is\s+brought)\s+(?:to|before)\s+(?:a\s+|the\s+)?court(?![\p{L}])`,
]);

/** A plain search for the court first: most clauses name none. */
export function courtCasePatterns(text: string): readonly RegExp[] {
  return text.includes('суд') || text.includes('от тәртібімен') || text.includes('от арқылы') || text.includes('court') || text.includes('litigation') || text.includes('legal proceedings') ? COURT_CASES() : [];
}
