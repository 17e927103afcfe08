/**
 * A sentence that adds a further case with «также», "also", «сондай-ақ» («Провайдеры аналитики также обрабатывают
 * сведения за рубежом – только если вы их приняли»): its exclusive condition restricts the case it adds, not what the
 * paragraph said plainly before it (the reCAPTCHA transfer abroad stated one sentence earlier stays declared).
 */
import { lazyPattern } from '../lazy';

const ALSO = lazyPattern(String.raw`(?<![\p{L}])(?:также|тоже|also|сондай-ақ)(?![\p{L}])`, 'iu');
/** Plain searches first, in both cases of the first letter: most sentences hold none of the words. */
export function addsCase(text: string): boolean {
  const holds = text.includes('акже') || text.includes('оже') || text.includes('lso') || text.includes('ондай-ақ');
  return holds && ALSO().test(text);
}
