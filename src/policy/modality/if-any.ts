/**
 * A list item the person gives only if they have one, the condition set off by a dash: «при наличии – номер телефона
 * контактного лица», «адрес электронной почты – при наличии», «бар болса – жұмыс берушінің атауы», "employer – if any".
 * In brackets right after a word («отчество (при наличии)», "middle name (if any)") it qualifies that word inside a larger
 * item, which the person always gives, so only the dash forms count. Read with the other conditions (condition.ts).
 */
import { lazyPatterns } from '../lazy';

const DASH = '[–—-]';
/** The item's end: the condition after a dash closes it. */
const ITEM_END = String.raw`\s*(?:[;.,)]|$)`;

const IF_ANY = lazyPatterns('iu', () => [
  String.raw`(?<![\p{L}])(?:при\s+наличии|бар\s+болса|if\s+any|where\s+available|if\s+available)\s*${DASH}\s`,
  String.raw`${DASH}\s*(?:при\s+наличии|бар\s+болса|if\s+any|where\s+available|if\s+available)${ITEM_END}`,
]);

/** A plain search first: most clauses hold none of the words. */
export function ifAnyPatterns(text: string): readonly RegExp[] {
  return text.includes('наличии') || text.includes('бар болса') || text.includes('if any') || text.includes('available') ? IF_ANY() : [];
}
