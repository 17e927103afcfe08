/**
 * Conversion debris (markdown emphasis, Word bookmarks, soft hyphens, tabs) is replaced by spaces of
 * the same length, so every offset in the analysis text is also an offset in the source text and
 * quotes can be cut from the source unchanged.
 */

const DEBRIS = /\*\*|__|\[bookmark:[^\]\n]{0,80}\]|\u00ad|\u200b|\u200c|\u200d|\ufeff|\t/gu;

export function maskNoise(text: string): string {
  return text.replace(DEBRIS, (found) => ' '.repeat(found.length));
}
