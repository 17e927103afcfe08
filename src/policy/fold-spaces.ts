/** White space folded to single spaces and trimmed: section titles and heading checks read paragraphs that way. */
import { isSpaceCode } from './char-classes';

/**
 * `text.replace(/\s+/gu, ' ').trim()`, by char code: every space of a paragraph was a match of the
 * replace, and the masked debris («**» → two spaces) leaves a run to fold in most paragraphs.
 */
export function fold(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isSpaceCode(text.charCodeAt(start))) start += 1;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end -= 1;
  let out = '';
  let from = start;
  for (let i = start; i < end; i += 1) {
    if (!isSpaceCode(text.charCodeAt(i))) continue;
    // The run ends before `end`, which follows a letter or other non-space.
    let runEnd = i + 1;
    while (isSpaceCode(text.charCodeAt(runEnd))) runEnd += 1;
    if (runEnd - i > 1 || text.charCodeAt(i) !== 0x20) {
      out += `${text.slice(from, i)} `;
      from = runEnd;
    }
    i = runEnd - 1;
  }
  return from === 0 && end === text.length ? text : out + text.slice(from, end);
}
