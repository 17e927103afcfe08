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
  /согласи\p{L}*\s+(?:\p{L}+\s+)?на\s+(?:сбор|обработк|предоставлени|передач|получени|раскрыти)/iu,
  /(?:жинауға|өңдеуге|беруге|ұсынуға|алуға)\s+(?:\p{L}+\s+)?келісім/iu,
  /consent\s+to\s+(?:the\s+)?(?:collection|processing|disclosure|sharing|transfer)/iu,
];

const SUPPORTING_MARKERS: readonly RegExp[] = [
  /согласи/iu, /cookie|куки/iu, /трет\p{L}*\s+лиц/iu, /субъект/iu, /оператор/iu, /сбор|собира/iu,
  /келісім/iu, /үшінші\s+тұлға/iu, /өңде/iu, /жина/iu, /сведени/iu, /мәлімет/iu,
  /consent/iu, /third[-\s]part/iu, /collect/iu, /process/iu, /disclos/iu,
];

export function looksLikePolicy(text: string): boolean {
  const sample = text.length > 200000 ? text.slice(0, 200000) : text;
  const strong = STRONG_MARKERS.filter((marker) => marker.test(sample)).length;
  const supporting = SUPPORTING_MARKERS.filter((marker) => marker.test(sample)).length;
  return strong >= 2 || (strong === 1 && supporting >= 2);
}
