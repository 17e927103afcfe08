/**
 * Section numbers as written at the start of a paragraph: «2.3.», «4.2.1», «II.3», «Раздел II»,
 * «1-бөлім», «а)», «1)», «(b)», «6 | Кому передаём», and broken ones such as «3(» or «- 2.2.3». The level orders them:
 * a list item always nests inside the numbered clause around it.
 */
import { lazyPattern } from './lazy';

export type MarkerKind = 'heading' | 'dotted' | 'roman' | 'item';

export interface SectionMarker {
  /** As written, without a trailing dot. */
  number: string;
  kind: MarkerKind;
  level: number;
  /** Characters from the start of the line up to the text after the marker. */
  length: number;
}

export const ITEM_LEVEL = 10;

const BULLET = String.raw`[ \t\u00a0]*(?:[-–—•·*▪][ \t\u00a0]*)?`;
const WORD_END = String.raw`(?=[\s\u00a0]|$)`;
const KEYWORD_HEADING = lazyPattern(String.raw`^${BULLET}(?:раздел|глава|часть|статья|section|chapter|part|article)[ \t\u00a0]+([IVXLC]+|\d{1,3})\.?${WORD_END}`, 'iu');
const KAZAKH_HEADING = lazyPattern(String.raw`^${BULLET}(\d{1,3}|[IVXLC]+)-?[ \t\u00a0]?(?:бөлім|тарау|бап)\p{L}*\.?${WORD_END}`, 'iu');
const ROMAN = lazyPattern(String.raw`^${BULLET}([IVXLC]{1,6}(?:\.\d{1,3}){0,4})[.)]?${WORD_END}`, 'u');
const DOTTED = lazyPattern(String.raw`^${BULLET}(\d{1,3}(?:\.\d{1,3}){1,5})\.?${WORD_END}|^${BULLET}(\d{1,3})\.${WORD_END}`, 'u');
/** «6 | Кому передаём»: a page laid out with a bar after the number; a table row («1 | ИИН | да») is told apart by its caller. */
const BARRED = lazyPattern(String.raw`^${BULLET}(\d{1,2})[ \t\u00a0]*\|(?=[ \t\u00a0]+\p{Lu})`, 'u');
const ITEM = lazyPattern(String.raw`^${BULLET}(\(?(?:\d{1,2}|[а-яёa-zәіңғүұқөһ]|[ivx]{1,4})[)(])${WORD_END}`, 'iu');

function romanNeedsDot(match: RegExpExecArray): boolean {
  // «I agree» is not a section; a Roman numeral counts only with a dot, bracket or sub-number.
  const written = match[0].trimEnd();
  return !/[.)]$/u.test(written) && !written.includes('.');
}

export function parseMarker(line: string): SectionMarker | null {
  const keyword = KEYWORD_HEADING().exec(line) ?? KAZAKH_HEADING().exec(line);
  if (keyword?.[1]) return { number: keyword[1], kind: 'heading', level: 1, length: keyword[0].length };
  const dotted = DOTTED().exec(line);
  const dottedNumber = dotted?.[1] ?? dotted?.[2];
  if (dotted && dottedNumber) {
    return { number: dottedNumber, kind: 'dotted', level: dottedNumber.split('.').length, length: dotted[0].length };
  }
  const barred = line.includes('|') ? BARRED().exec(line) : null;
  if (barred?.[1]) return { number: barred[1], kind: 'dotted', level: 1, length: barred[0].length };
  const roman = ROMAN().exec(line);
  if (roman?.[1] && !romanNeedsDot(roman)) {
    return { number: roman[1], kind: 'roman', level: roman[1].split('.').length, length: roman[0].length };
  }
  const item = ITEM().exec(line);
  if (item?.[1]) return { number: item[1], kind: 'item', level: ITEM_LEVEL, length: item[0].length };
  return null;
}

/** Paragraph numbers that a converter glued onto the previous line: «…Казахстан. 8.2. Все данные…». */
export const INLINE_MARKER = lazyPattern(String.raw`(?<=[.;!?][ \t\u00a0]+)(?<!(?:^|[\s(])(?:п|пп|ст|ч|см|р|тармақ|бап|no|art|sec)\.[ \t\u00a0]+)\d{1,3}(?:\.\d{1,3}){1,4}\.[ \t\u00a0]+(?=[«"(]?\p{Lu})`, 'giu');
