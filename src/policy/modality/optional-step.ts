/**
 * A step the person may or may not take, named with "if": «Если вы проходили биометрическую верификацию, — ваше фото»,
 * "If you register in our debtor portal, you set a password", «Егер сіз порталда тіркелсеңіз». «При регистрации», "when you
 * register" name the ordinary way through a service, so they are not here: only "if" leaves the step to the person.
 */
import { lazyPatterns } from '../lazy';
import { RU_PERSON } from './person-choice';

const OPTIONAL_STEP = lazyPatterns('iu', () => [
  String.raw`(?<![\p{L}])если\s+${RU_PERSON}\s+(?:уже\s+)?(?:проходил|прошл|прош[её]л|пройд[её]т|регистрир|зарегистрир)\p{L}*`,
  String.raw`(?<![\p{L}])if\s+you\s+(?:have\s+)?(?:register(?:ed)?|sign(?:ed)?\s+up|pass(?:ed)?|complete(?:d)?|went\s+through|gone\s+through)(?![\p{L}])`,
  String.raw`(?<![\p{L}])егер\s+(?:сіз\s+)?(?:[\p{L}-]+\s+){0,3}?(?:тіркел|өт)(?:сеңіз|саңыз|се|са)(?![\p{L}])`,
]);

const HINT = /прох|прош|пройд|регистр|register|sign|pass|complet|went|gone|тіркел|өтсе|өтсеңіз/iu;

export function optionalStepPatterns(text: string): readonly RegExp[] {
  return HINT.test(text) ? OPTIONAL_STEP() : [];
}
