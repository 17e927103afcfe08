/**
 * A sentence pointing back at the data just listed that says they are not asked for unless the person does something
 * («Эти сведения Банк не запрашивает, если вы не оформляете кредит», "These details are not requested unless you apply
 * for a limit", «Бұл мәліметтер несие рәсімдемесеңіз сұралмайды»): a denial and a negated case together are an "only if",
 * so the data its paragraph lists are conditional on that case. A case that is not the person's act («если иное не
 * предусмотрено законом») or a verb of handing on («не передаются») leaves the data as declared.
 */
import { lazyPattern } from '../lazy';
import { RU_PERSON } from './person-choice';

/** The data just named, as the subject or the object: «Эти сведения», «Их», "These details", «Бұл мәліметтер», «Оларды». */
const POINTS_BACK = lazyPattern(String.raw`^(?:эти|такие|их|они|these|such|they|them|this\s+information|бұл|мұндай|олар|оларды)(?![\p{L}])`, 'iu');

/** The person's act, negated: «если вы не оформляете кредитный продукт», "unless you apply for…", «рәсімдемесеңіз». */
const NEGATED_CASE = lazyPattern([
  String.raw`(?<![\p{L}])(?:если|пока)\s+${RU_PERSON}\s+не\s+\p{L}+(?:\s+\p{L}+){0,3}`,
  String.raw`(?<![\p{L}])(?:unless|until)\s+you\s+\p{L}+(?:\s+\p{L}+){0,3}|(?<![\p{L}])if\s+you\s+(?:do\s+not|don['’]t)\s+\p{L}+(?:\s+\p{L}+){0,3}`,
  String.raw`(?<![\p{L}])(?:\p{L}+\s+){0,2}\p{L}+(?:ма|ме|ба|бе|па|пе)(?:саңыз|сеңіз)(?![\p{L}])`,
].join('|'), 'iu');

/** A verb of asking for or collecting, denied: «не запрашивает», "are not requested", «сұралмайды», «жиналмайды». */
const DENIED_ASKING = lazyPattern([
  String.raw`(?<![\p{L}])не\s+(?:запрашива|собира|спрашива|получа|обрабатыва|требу|нужн|понадоб)\p{L}*`,
  String.raw`(?<![\p{L}])(?:not|never|n['’]t)\s+(?:be\s+)?(?:request|collect|ask|gather|obtain|process|require|need)\p{L}*`,
  String.raw`(?<![\p{L}])(?:сұрал|жинал|өңдел|талап\s+етіл|сұра|жина|өңде)(?:май|мей)(?:ды|ді)(?![\p{L}])`,
].join('|'), 'iu');

/** The negated case of a denial that points back at its paragraph's data, or null. */
export function deniedUnless(text: string): string | null {
  if (!POINTS_BACK().test(text)) return null;
  const negatedCase = NEGATED_CASE().exec(text);
  if (!negatedCase) return null;
  const rest = text.slice(0, negatedCase.index) + text.slice(negatedCase.index + negatedCase[0].length);
  return DENIED_ASKING().test(rest) ? negatedCase[0].replace(/\s+/gu, ' ').trim() : null;
}
