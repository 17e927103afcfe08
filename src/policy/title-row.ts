/**
 * A table row whose every cell is a top-level numbered title («| **8. Рекламная рассылка** | **8. Жарнамалық таратылым** |»,
 * its bold marks masked as noise): a bilingual form set out as a table heads each section with such a row, so, as a
 * numbered line without a stop (sections.ts), it names the topic and declares nothing; «| 8.1. …» rows are its clauses.
 */
const TITLE_ROW = /^[ \t]*\|(?:[ \t]*\d{1,2}\.[ \t]+[^|.;:!?\n]{2,100}\|)+[ \t]*$/u;

export function isTitleRow(body: string): boolean {
  return body.includes('|') && TITLE_ROW.test(body);
}
