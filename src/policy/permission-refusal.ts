/**
 * A device permission the text says the person may refuse is asked for, so it is conditional — even
 * when the refusal is said in the next clause or sentence of the same paragraph («Сайт запрашивает
 * доступ к камере; без такого доступа можно загрузить фото», «Камера – селфи үшін. Рұқсат бермесеңіз,
 * галереядан жүктей аласыз», "Camera … If you refuse: you can still verify through eGov"). Only the
 * device categories are touched: the selfie that the camera takes is still collected as stated.
 */
import { categoryInfo } from '../categories';
import type { Declaration } from '../schema/policy';
import { lazyPattern } from './lazy';
import type { Statement } from './statements';

const REFUSAL = lazyPattern([
  String.raw`(?<![\p{L}])if\s+you\s+(?:refuse|decline|say\s+no|deny|do\s+not\s+(?:allow|grant)|don['’]t\s+(?:allow|grant))`,
  String.raw`(?<![\p{L}])you\s+(?:can|may)\s+(?:still\s+)?(?:refuse|decline|say\s+no)(?![\p{L}])`,
  String.raw`(?<![\p{L}])without\s+(?:this\s+|that\s+|such\s+|the\s+)?(?:access|permission)(?![\p{L}])`,
  String.raw`(?<![\p{L}])без\s+(?:(?:такого|этого|данного|соответствующего)\s+)?(?:доступа|разрешения)(?![\p{L}])`,
  String.raw`(?<![\p{L}])если\s+(?:вы|клиент|пользователь)\s+(?:откаж|не\s+(?:разреш|дад|предостав))\p{L}*`,
  String.raw`(?<![\p{L}])(?:при\s+)?отказе?\s+(?:в|от)\s+(?:доступ|разрешени|предоставлени)\p{L}*`,
  String.raw`(?<![\p{L}])(?:вправе|можете|может)\s+отказать(?:ся)?\s+(?:в|от)\s+(?:\p{L}+\s+)?(?:доступ|разрешени|предоставлени)\p{L}*`,
  String.raw`(?<![\p{L}])(?:рұқсат\s+бермесе(?:ңіз|ң|м)?|бас\s+тартсаңыз|рұқсатсыз)(?![\p{L}])`,
  // Said as a preference or a plain "no": "if you'd rather not", "just say no", «если не хотите», «можно отказаться», «отклонить запрос», «қаламасаңыз».
  String.raw`(?<![\p{L}])if\s+you(?:['’]d|\s+would)?\s+(?:rather|prefer)\s+not(?![\p{L}])|(?<![\p{L}])(?:just|simply|can|may)\s+say\s+no(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:если\s+(?:вы\s+)?не\s+хотите|можно\s+отказаться)(?![\p{L}])|(?<![\p{L}])(?:вправе|можете|может|можно)\s+отклонить\s+(?:\p{L}+\s+)?(?:запрос|доступ|разрешени)\p{L}*`,
  String.raw`(?<![\p{L}])(?:қаламасаңыз|қаламаса)(?![\p{L}])`,
  // A refusal with no object refuses the request just described: «Вы можете отказаться – тогда…», «Сіз бас тарта аласыз»;
  // «вправе не предоставлять такой доступ», "you don't have to grant it".
  String.raw`(?<![\p{L}])(?:вправе|можете|может)\s+отказаться(?=\s*(?:[.,;:–—-]|$))|(?<![\p{L}])(?:вправе|можете|может|можно)\s+не\s+(?:предостав|дава|дать|разреша)\p{L}*`,
  String.raw`(?<![\p{L}])бас\s+(?:тарта\s+(?:аласыз|алады|аламын)|тартуға\s+(?:болады|құқылысыз|құқылы|құқығыңыз\s+бар))(?![\p{L}])`,
  String.raw`(?<![\p{L}])you\s+(?:(?:don['’]t|do\s+not)\s+have\s+to|(?:can|may)\s+choose\s+not\s+to)\s+(?:grant|allow|give|enable|share)(?![\p{L}])`,
  // A refusal named without its object refuses the request just made: «при отказе проверка проходит в офисе»,
  // «в случае отказа», «бас тартқан жағдайда», «рұқсат берілмеген жағдайда», "if refused", "on refusal".
  String.raw`(?<![\p{L}])(?:при|в\s+случае)\s+отказ[еа](?!\s+(?:в|от)\s)(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:бас\s+тартқан|рұқсат\s+(?:берілмеген|бермеген))\s+(?:жағдайда|кезде)(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:(?:if|when)\s+(?:(?:access|permission|it)\s+is\s+)?(?:refused|denied|declined)|(?:on|upon)\s+refusal)(?![\p{L}])`,
  // Another way offered: «селфи камерой или загрузите готовое фото», "or upload one from your gallery", «немесе галереядан жүктеңіз».
  String.raw`(?<![\p{L}])(?:(?:или|либо)\s+(?:\p{L}+\s+)?загрузите|or\s+(?:\p{L}+\s+)?upload|немесе\s+(?:\p{L}+\s+){0,3}?жүктеңіз)(?![\p{L}])`,
  // A refusal said to cost only the feature: «Отказ не блокирует работу Приложения», "Declining does not stop the app from
  // working", «Бас тарту қосымшаның жұмысын бұғаттамайды».
  String.raw`(?<![\p{L}])отказ(?:\s+от\s+(?:него|них|разрешени\p{L}*|доступа))?\s+не\s+(?:блокир|огранич|влия|меша|препятств|отключа)\p{L}*`,
  String.raw`(?<![\p{L}])(?:refusing|declining|denying|refusal)(?:\s+(?:it|them|a\s+permission|permission|access))?\s+(?:does\s+not|doesn['’]t|will\s+not|won['’]t)\s+(?:block|stop|affect|prevent|limit|disable)(?![\p{L}])`,
  String.raw`(?<![\p{L}])бас\s+тарту(?:\s+\p{L}+){0,3}?\s+(?:бұғаттамайды|шектемейді|әсер\s+етпейді|кедергі\s+келтірмейді)(?![\p{L}])`,
  // A checkbox left empty: «без этой отметки», "without this tick", «бұл белгісіз».
  String.raw`(?<![\p{L}])(?:без\s+(?:этой|такой|данной)\s+(?:отметки|галочки)|without\s+(?:this|that)\s+(?:tick|checkbox|box)|(?:осы|бұл)\s+белгісіз)(?![\p{L}])`,
].join('|'), 'iu');

/** A cheap look for the words every cue holds before the expression is run on a statement. */
const HINT = /without|refus|declin|denied|denying|say no|бас тарту|if you d|rather not|prefer not|have to|choose not|без |откаж|отказ|отклон|не хоти|не раз|не да|не предост|бермесе|тартса|тарта ал|тартуға|тартқан|берілмеген|бермеген|рұқсатсыз|қаламас|белгісіз|загрузите|upload|жүктеңіз/iu;

export function refusalIn(text: string): string | null {
  if (!HINT.test(text)) return null;
  return REFUSAL().exec(text)?.[0].replace(/\s+/gu, ' ') ?? null;
}

/** Over one paragraph's statements (indices into `statements`): declared device permissions become conditional. */
export function applyPermissionRefusal(analysis: string, statements: readonly Statement[], group: readonly number[], perStatement: Declaration[][]): void {
  const holdsDevice = (index: number) => (perStatement[index] ?? []).some((d) => d.status === 'declared' && categoryInfo(d.category).section === 'device');
  if (!group.some(holdsDevice)) return;
  let refusal: string | null = null;
  for (const index of group) {
    const statement = statements[index];
    if (statement) refusal ??= refusalIn(analysis.slice(statement.start, statement.end));
  }
  if (refusal === null) return;
  const condition = refusal;
  for (const index of group) {
    perStatement[index] = (perStatement[index] ?? []).map((d) => (d.status === 'declared' && categoryInfo(d.category).section === 'device' ? { ...d, status: 'conditional', condition } : d));
  }
}
