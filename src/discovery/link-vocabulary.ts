/**
 * How lenders name the link to their policy, in Russian, Kazakh and English, and how they name its
 * address. Each pattern carries a weight (how sure it makes us) and the kind of document it names.
 * The relay content script uses `looksLikePolicyLink` to send only relevant links; the background
 * scores them with `scoreLinkText` / `scoreHref`.
 */
import type { DocumentKind } from '../schema/discovery';

interface Pattern { re: RegExp; weight: number; kind: DocumentKind }

const TEXT_PATTERNS: readonly Pattern[] = [
  { re: /соглас\p{L}*\s+(?:на\s+)?(?:сбор\p{L}*\s+и\s+)?(?:обработк|сбор)\p{L}*(?:\s+\p{L}+){0,2}?\s+(?:персональн|личн)/u, weight: 65, kind: 'consent' },
  { re: /дербес\s+деректер\p{L}*(?:\s+\p{L}+){0,3}\s+келісім/u, weight: 65, kind: 'consent' },
  { re: /келісім\p{L}*(?:\s+\p{L}+){0,3}\s+дербес\s+деректер/u, weight: 60, kind: 'consent' },
  { re: /consent\s+to\s+(?:the\s+)?(?:collection|processing)/u, weight: 60, kind: 'consent' },
  { re: /политик\p{L}*\s+(?:в\s+(?:отношении|области)\s+)?(?:обработки\s+(?:и\s+защиты\s+)?)?(?:конфиденциальн|персональн)/u, weight: 70, kind: 'policy' },
  { re: /положени\p{L}*\s+(?:о|об)\s+(?:обработке\s+|защите\s+)?персональн/u, weight: 60, kind: 'policy' },
  { re: /құпиялылық\s+саясат/u, weight: 70, kind: 'policy' },
  { re: /дербес\s+деректер\p{L}*\s+(?:өңдеу|қорғау)/u, weight: 60, kind: 'policy' },
  { re: /privacy\s+(?:policy|notice|statement)/u, weight: 70, kind: 'policy' },
  { re: /(?:personal\s+data|data\s+protection)\s+(?:policy|notice)/u, weight: 65, kind: 'policy' },
  { re: /конфиденциальност|құпиялылық|privacy/u, weight: 45, kind: 'policy' },
  { re: /персональн\p{L}*\s+данн|дербес\s+деректер|personal\s+data/u, weight: 40, kind: 'policy' },
  { re: /cookie|куки/u, weight: 25, kind: 'policy' },
];

const HREF_PATTERNS: readonly Pattern[] = [
  { re: /soglasi|consent|kelisim/u, weight: 30, kind: 'consent' },
  { re: /privacy|konfiden|confiden|kupiyal|qupiyal/u, weight: 35, kind: 'policy' },
  { re: /personal|persdan|pers-dan|\bpdn\b|derbes/u, weight: 30, kind: 'policy' },
  { re: /politik|policy|sayasat|sajasat/u, weight: 20, kind: 'policy' },
];

export interface LinkScore { score: number; kind: DocumentKind }

const NONE: LinkScore = { score: 0, kind: 'unknown' };

/** Lower case, ё as е, runs of whitespace as one space: link texts come with every kind of markup noise. */
export function foldLinkText(text: string): string {
  return text.toLowerCase().replace(/ё/gu, 'е').replace(/\s+/gu, ' ').trim();
}

function best(patterns: readonly Pattern[], subject: string): LinkScore {
  let found = NONE;
  for (const pattern of patterns) {
    if (pattern.weight > found.score && pattern.re.test(subject)) found = { score: pattern.weight, kind: pattern.kind };
  }
  return found;
}

/** Link texts longer than a heading are paragraphs that merely mention privacy («Нажимая кнопку, вы даёте согласие…»). */
const MAX_NAME_CHARS = 120;

export function scoreLinkText(text: string): LinkScore {
  const folded = foldLinkText(text);
  return folded.length > MAX_NAME_CHARS ? NONE : best(TEXT_PATTERNS, folded);
}

/** The address's path and query, decoded and folded; the host never counts («privacy.example» is a name). */
export function scoreHref(href: string): LinkScore {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return NONE;
  }
  let path = `${url.pathname}${url.search}`;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape leaves the raw path, which still matches ASCII slugs.
  }
  return best(HREF_PATTERNS, foldLinkText(path));
}

export function looksLikePolicyLink(text: string, href: string): boolean {
  return scoreLinkText(text).score > 0 || scoreHref(href).score > 0;
}
