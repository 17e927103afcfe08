/**
 * A request added in a case the sentence opens with: "If a guarantee is required, we will also ask for…", «Если сумма
 * превышает лимит, мы также запросим…», «Егер кепілдік қажет болса, біз сондай-ақ … сұраймыз». Read with the other
 * conditions (condition.ts); the case is quoted as the condition. Tried only on text holding «also» and «if».
 */
import { lazyPatterns } from '../lazy';

const ADDED_REQUESTS = lazyPatterns('iu', () => [
  String.raw`(?<=^[\s*•·–—-]*)(?:if|where|should)\s+[^.;]{3,200}?(?=,\s+(?:we|the\s+[a-z]+)\s+(?:(?:will|may|would|shall|can)\s+)?also\s+(?:ask|request|collect|need|require|obtain|check|verify)(?![a-z]))`,
  String.raw`(?<=^[\s*•·–—-]*)(?:если|в\s+случае,?\s+если)\s+[^.;]{3,200}?(?=,\s+(?:мы|[\p{Lu}][\p{L}-]+)\s+(?:\p{L}+\s+)?также\s+(?:запрос|попрос|запрашива|потребу|требу|собира|собер|получ|провер)\p{L}*)`,
  String.raw`(?<=^[\s*•·–—-]*)егер\s+[^.;]{3,200}?(?:са|се)(?:ңыз|ңіз|қ|к|м)?(?=,?\s+(?:біз\s+|[\p{Lu}][\p{L}-]+\s+)?сондай-ақ\s)`,
]);

/** The opening word, both cases of its first letter spelt out: tried at the start only. */
const OPENS = /^[\s*•·–—-]*(?:[Ii]f|[Ww]here|[Ss]hould|[Ее]сли|[Вв] случае,?|[Ее]гер)\s/u;

/** Plain searches for «also» first: most clauses hold none. */
export function addedRequestPatterns(text: string): readonly RegExp[] {
  const also = text.includes('also') || text.includes('также') || text.includes('сондай-ақ');
  const opens = also && OPENS.test(text);
  return opens ? ADDED_REQUESTS() : [];
}
