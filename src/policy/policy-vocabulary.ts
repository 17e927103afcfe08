/**
 * Whether a text is a privacy policy or consent at all. A policy in any of the three languages talks
 * about personal data, its processing and confidentiality; a recipe or a news story does not.
 */

const STRONG_MARKERS: readonly RegExp[] = [
  /персональн\p{L}*\s+(?:данн|информац)/iu,
  /конфиденциальн/iu,
  /обработк\p{L}*\s+(?:персональн|данн)/iu,
  /дербес\s+(?:дерек|ақпарат)/iu,
  /құпиялылық/iu,
  /personal\s+(?:data|information)/iu,
  /privacy/iu,
  /data\s+protection/iu,
  // A consent form may name only «сведения» and what is done with them: «согласие абонента на предоставление сведений».
  /соглас(?:и\p{L}*|ен|на|ны)\s+(?:\p{L}+\s+)?на\s+(?:сбор|обработк|предоставлени|передач|получени|раскрыти|запрос)/iu,
  /(?:жинауға|өңдеуге|беруге|ұсынуға|алуға|сұратуға)\s+(?:\p{L}+\s+)?(?:келісім|келісемін|рұқсат)/iu,
  /consent\s+to\s+(?:the\s+)?(?:collection|processing|disclosure|sharing|transfer)/iu,
  // A notice may only say what it does with "your information" («ваши данные», «деректеріңіз»).
  /(?:collect|use|share|process|store|keep|disclose|read|access)\p{L}*\s+your\s+(?:personal\s+)?(?:information|data|contacts|contact\s+list|phone\s*book|location|photos|messages)/iu,
  /(?:собира|использу|обрабатыва|хран|переда)\p{L}*\s+ваш\p{L}*\s+(?:персональн\p{L}*\s+)?(?:данн|сведени|информаци)/iu,
  /(?:деректеріңіз|мәліметтеріңіз|ақпаратыңыз)\p{L}*\s+(?:\p{L}+\s+)?(?:жина|пайдалан|өңде|сақта|бер)/iu,
  /(?:authori[sz]e|agree|consent)\s+(?:that\s+)?(?:[\p{L}-]+\s+){0,4}?(?:collect|obtain|process|share|disclose|request|receive|store)\p{L}*\s+(?:[\p{L}-]+\s+){0,3}?(?:information|data|details|reports?|records)/iu,
];

const SUPPORTING_MARKERS: readonly RegExp[] = [
  /соглас/iu, /разреша/iu, /информаци\p{L}*\s+(?:обо|о)\s+(?:мне|себе)/iu, /cookie|куки/iu, /трет\p{L}*\s+лиц/iu, /субъект/iu, /оператор/iu, /сбор|собира/iu, /(?<![\p{L}])переда/iu,
  /келісім/iu, /үшінші\s+тұлға/iu, /өңде/iu, /жина/iu, /сведени/iu, /мәлімет/iu,
  /consent/iu, /authori[sz]/iu, /(?<![\p{L}])shar(?:e|es|ed|ing)(?![\p{L}])/iu, /credit\s+(?:bureau|report|history)/iu, /information\s+about\s+(?:me|you)/iu, /third[-\s]part/iu, /collect/iu, /process/iu, /disclos/iu,
];

export function looksLikePolicy(text: string): boolean {
  const sample = text.length > 200000 ? text.slice(0, 200000) : text;
  const strong = countUpTo(STRONG_MARKERS, sample, 2);
  return strong >= 2 || (strong === 1 && countUpTo(SUPPORTING_MARKERS, sample, 2) >= 2);
}

/** Markers found, counting stops at `enough`: a policy names its first two markers early, so most are never scanned for. */
function countUpTo(markers: readonly RegExp[], text: string, enough: number): number {
  let found = 0;
  for (const marker of markers) {
    if (marker.test(text)) found += 1;
    if (found >= enough) break;
  }
  return found;
}
