/**
 * Whether a text is a privacy policy or consent at all. A policy in any of the three languages talks
 * about personal data, its processing and confidentiality; a recipe or a news story does not.
 */
import { lazyPatterns } from './lazy';

const STRONG_MARKERS = lazyPatterns('iu', () => [
  String.raw`персональн\p{L}*\s+(?:данн|информац)`,
  String.raw`конфиденциальн`,
  String.raw`обработк\p{L}*\s+(?:персональн|данн)`,
  String.raw`дербес\s+(?:дерек|ақпарат)`,
  String.raw`құпиялылық`,
  String.raw`personal\s+(?:data|information)`,
  String.raw`privacy`,
  String.raw`data\s+protection`,
  // A consent form may name only «сведения» and what is done with them, after the consenting person or a
  // list number: «согласие абонента на предоставление сведений», «согласие субъекта кредитной истории на…», «даю согласие: 1) на…».
  String.raw`соглас(?:и\p{L}*|ен|на|ны)[\s:,]+(?:(?:\p{L}+|\d{1,2}[.)])[\s:,]+){0,4}?на\s+(?:сбор|обработк|предоставлени|передач|получени|раскрыти|запрос|выдач)`,
  String.raw`(?:жинауға|өңдеуге|беруге|ұсынуға|алуға|сұратуға)\s+(?:\p{L}+\s+)?(?:келісім|келісемін|рұқсат)`,
  String.raw`consent[\s:,]+(?:(?:[\p{L}-]+|\(?[\da-z]{1,2}[.)])[\s:,]+){0,4}?to\s+(?:the\s+)?(?:collection|processing|disclosure|sharing|transfer|obtaining|release)`,
  // A notice may only say what it does with "your information" («ваши данные», «деректеріңіз»).
  String.raw`(?:collect|use|share|process|store|keep|disclose|read|access)\p{L}*\s+your\s+(?:personal\s+)?(?:information|data|contacts|contact\s+list|phone\s*book|location|photos|messages)`,
  String.raw`(?:собира|использу|обрабатыва|хран|переда)\p{L}*\s+ваш\p{L}*\s+(?:персональн\p{L}*\s+)?(?:данн|сведени|информаци)`,
  String.raw`(?:деректеріңіз|мәліметтеріңіз|ақпаратыңыз)\p{L}*\s+(?:\p{L}+\s+)?(?:жина|пайдалан|өңде|сақта|бер)`,
  // A short Kazakh notice names the person's own data and what is done with it, a few words on: «телефон нөміріңізді тек
  // хабарлау үшін пайдаланамыз», «аты-жөніңізді … аламыз».
  String.raw`(?:нөмір|аты-жөн|мекенжай|деректер|мәліметтер|ақпарат)\p{L}*(?:ңыз|ңіз)\p{L}*,?\s+(?:[^\s.;]+\s+){0,10}?(?:жина|пайдалан|өңде|сақта|беріл|береміз|аламыз|алынады)\p{L}*`,
  // A cookie notice is a policy about collection even when it never says «персональные данные».
  String.raw`(?:политик|положени|уведомлени|правил)\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:cookie|куки)`,
  String.raw`(?:cookie|куки)\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:саясат|ереже)`,
  String.raw`(?:cookies?|tracking)\s+(?:policy|notice|statement)`,
  // So is a cookie settings page, or a page saying the site uses cookies: «Настройки файлов cookie», «сайт использует
  // файлы cookie», «Cookie файлдарын баптау», "Cookie settings", "this website uses cookies".
  String.raw`(?:настройк|управлени)\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:cookie|куки)`,
  String.raw`(?:использу|применя)\p{L}*\s+(?:[^\s.;]+\s+){0,5}?(?:файл\p{L}*\s+)?(?:cookie|куки)`,
  String.raw`(?:cookie|куки)\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:баптау|пайдаланады|қолданады)`,
  String.raw`cookies?\s+(?:settings|preferences)|(?:we|site|website|app)\s+uses?\s+cookies`,
  String.raw`(?:authori[sz]e|agree|consent)\s+(?:that\s+)?(?:[\p{L}-]+\s+){0,4}?(?:collect|obtain|process|share|disclose|request|receive|store)\p{L}*\s+(?:[\p{L}-]+\s+){0,3}?(?:information|data|details|reports?|records)`,
]);

const SUPPORTING_MARKERS = lazyPatterns('iu', () => [
  String.raw`соглас`, String.raw`разреша`, String.raw`информаци\p{L}*\s+(?:обо|о)\s+(?:мне|себе)`, String.raw`cookie|куки`, String.raw`трет\p{L}*\s+лиц`, String.raw`субъект`, String.raw`оператор`, String.raw`сбор|собира`, String.raw`(?<![\p{L}])переда`, String.raw`обрабатыва|обработк`, String.raw`ip[-\s]?(?:адрес|address|мекенжай)`, String.raw`пиксел|pixel`,
  String.raw`келісім`, String.raw`үшінші\s+тұлға`, String.raw`өңде`, String.raw`жина`, String.raw`сведени`, String.raw`мәлімет`,
  String.raw`consent`, String.raw`authori[sz]`, String.raw`(?<![\p{L}])shar(?:e|es|ed|ing)(?![\p{L}])`, String.raw`credit\s+(?:bureau|report|history)`, String.raw`information\s+about\s+(?:me|you)`, String.raw`third[-\s]part`, String.raw`collect`, String.raw`process`, String.raw`disclos`,
]);

/**
 * Identity data named outright. A short notice («передала нам ваши ФИО, ИИН, номер телефона») or an
 * app store's "Data safety" block may never say "personal data", yet three of these make it one.
 */
const IDENTITY_DATA = lazyPatterns('iu', () => [
  String.raw`(?<![\p{L}])(?:ИИН|ЖСН|IIN)(?![\p{L}])`, String.raw`(?<![\p{L}])(?:ФИО|Ф\.И\.О\.|аты-жөні|full\s+name)`, String.raw`номер\p{L}*\s+(?:мобильного\s+)?телефон|телефон\s+нөмір|phone\s+number`,
  String.raw`адрес\p{L}*\s+электронной\s+почты|электрондық\s+пошта|e-?mail\s+address`, String.raw`удостоверени\p{L}*\s+личности|жеке\s+куәлі|паспорт|passport|ID\s+card|identity\s+card`,
  String.raw`селфи|selfie|биометри|biometric`, String.raw`геолокац|местоположени|орналасқан\s+жер|location`, String.raw`IBAN|банковск\p{L}*\s+карт|банктік\s+карт|bank\s+card|card\s+number`,
  String.raw`(?:доход|табыс|income)`, String.raw`кредитн\p{L}*\s+(?:истори|бюро|отч[её]т)|несие\s+тарих|credit\s+(?:score|history|report|bureau)`,
]);
const MIN_IDENTITY_DATA = 3;

export function looksLikePolicy(text: string): boolean {
  const sample = text.length > 200000 ? text.slice(0, 200000) : text;
  const strong = countUpTo(STRONG_MARKERS(), sample, 2);
  if (strong >= 2 || (strong === 1 && countUpTo(SUPPORTING_MARKERS(), sample, 2) >= 2)) return true;
  return countUpTo(IDENTITY_DATA(), sample, MIN_IDENTITY_DATA) >= MIN_IDENTITY_DATA && countUpTo(SUPPORTING_MARKERS(), sample, 1) >= 1;
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
