/**
 * Conditions that make a declaration conditional: consent («с согласия Пользователя»,
 * «Пайдаланушының рұқсатымен», "with your permission"), need («при необходимости», «қажет болған
 * жағдайда»), discretion («на свое усмотрение», «өз қалауы бойынша», "at your discretion")
 * and a permission the person may refuse («вы можете запретить доступ», "you can decline it").
 * «Без согласия» and «даёте согласие на…» are not conditions. Opt-in cues (a ticked box, those who
 * consented, a choice) are in opt-in.ts, the person's own option or offer in person-choice.ts, a court case in
 * court-case.ts, a request added in the case a sentence opens with in added-request.ts, a step of telling someone first
 * in after-telling.ts, a feature the person switched on in switched-on.ts, a step taken "if" in optional-step.ts, each
 * run only on text holding one of their words.
 */
import { lazyPattern, patternsByScript } from '../lazy';
import { addedRequestPatterns } from './added-request';
import { afterTellingPatterns } from './after-telling';
import { provesConsent } from './consent-proof';
import { consentGivenAlready } from './consent-given';
import { consentOrWaived } from './consent-waived';
import { courtCasePatterns } from './court-case';
import { givenOrPaidPatterns } from './given-or-paid';
import { ifAnyPatterns } from './if-any';
import { moneyThresholdPatterns } from './money-threshold';
import { optInPatterns } from './opt-in';
import { personChoicePatterns, RU_PERSON } from './person-choice';
import { rareConditionPatterns } from './rare-conditions';
import { switchedOnPatterns } from './switched-on';
import { optionalStepPatterns } from './optional-step';
import { untilConsentPatterns } from './until-consent';

/** «рұқсатымен» and the like; the owner in the genitive before it («Пайдаланушының») is added to the quote. */
const KK_CONSENT_WORDS = String.raw`(?:келісім(?:і|ім)мен|келісіміңізбен|рұқсат(?:ы|ым)мен|рұқсатыңызбен|келісімі\s+бойынша|рұқсаты\s+бойынша)`;
const KK_CONSENT_SOURCE = String.raw`(?<![\p{L}])${KK_CONSENT_WORDS}`;
/** A condition found that is only those words. */
const IS_KK_CONSENT = lazyPattern(`^${KK_CONSENT_WORDS}$`, 'iu');
/** Looked for only before a Kazakh consent word: an optional leading word in the pattern would be tried at every position. */
const KK_OWNER_BEFORE = lazyPattern(String.raw`(?<![\p{L}-])[\p{L}-]{1,30}(?:ның|нің|дың|дің|тың|тің)\s$`, 'iu');

/** «в любое время», "at any time", «кез келген уақытта»: said between withdrawing and the consent withdrawn. */
const RU_ANY_TIME = String.raw`(?:в\s+любое\s+время|в\s+любой\s+момент)\s+`;
const EN_ANY_TIME = String.raw`at\s+any\s+time\s+`;
const KK_ANY_TIME = String.raw`(?:кез\s+келген|қалаған)\s+уақытта\s+`;

const CONDITIONS = patternsByScript('iu', () => [
  String.raw`(?<![\p{L}])(?:только\s+)?(?:с|после(?:\s+(?:получения|дачи))?)\s+(?:(?:(?:пред|пис|яв|отдель|доброволь|информирова|дополнитель|специаль|соответствующ|лич|нотариаль|электрон)\p{L}*|его|её|ее|их|моего|нашего|своего|вашего|Вашего)\s+)*(?:согласия|разрешения)(?:\s+(?:на\s+то|Пользователя|субъекта(?:\s+персональных\s+данных)?|Клиента|Заемщика|Должника|Вас|меня))?`,
  // «только в случае прохождения идентификации»: the singular case; «только в случаях, предусмотренных законом» names a legal basis.
  // "only if you click…": the person's act is part of the condition, so a gate can tell a consent (consent-gated.ts).
  String.raw`(?<![\p{L}])(?:только|лишь|исключительно)\s+(?:если|в\s+случае(?:,?\s+если)?|при\s+условии,?\s+что)(?![\p{L}])`,
  String.raw`(?<![\p{L}])only\s+(?:if|when|where)\s+you(?![\p{L}])(?:\s+(?!do\s+not|don['’]t)[a-z]+)?`,
  // "is only switched on if you click", "are only e-mailed to you if you tap": "only" before its verb, the case after it.
  String.raw`(?<![\p{L}])only\s+(?:[a-z'’-]+\s+){1,5}?(?:if|once|after)\s+you(?![\p{L}])`,
  // "Only if that check fails may we ask…": the exclusive condition opens the sentence, whatever its subject.
  String.raw`(?<=^[\s*•·–—-]*)only\s+(?:if|when|where|after)(?![\p{L}])`,
  // Only while something holds: «только пока клиент удерживает кнопку», "only while you hold", «басып тұрған кезде ғана».
  String.raw`(?<![\p{L}])(?:только|лишь)\s+(?:пока|когда|во\s+время|в\s+момент)(?![\p{L}])`,
  String.raw`(?<![\p{L}])only\s+(?:while|during|for\s+as\s+long\s+as)(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:жағдайда|кезде|кезінде|уақытта|соң)\s+ғана(?![\p{L}])`,
  // The locative participle with «ғана»: «батырмасын басқанда ғана», «таңдағанда ғана» (only when you press, choose).
  String.raw`(?<=\p{L}(?:ғанда|генде|қанда|кенде)\s)ғана(?![\p{L}])`,
  // «Только в этом случае», «тек сол жағдайда», "only in that case": the case the previous clause sets out is the only one.
  String.raw`(?<![\p{L}])(?:только\s+в\s+(?:этом|таком)\s+случае|тек\s+(?:сол|осы|мұндай)\s+жағдайда|only\s+in\s+(?:that|this|such\s+a)\s+case)(?![\p{L}])`,
  // «тек сіз батырмасын басқан кезде» (only when you press): «тек» before a participle of time, not «ғана» after it; the
  // button or setting between them may be named at length («тек сіз «Баптаулар» бөлімінде «Жаңалықтар» белгісін өзіңіз қосқан жағдайда»).
  String.raw`(?<![\p{L}])тек\s+(?:[^\s.;]+\s+){0,10}?\p{L}+(?:ған|ген|қан|кен)\s+(?:кезде|кезінде|жағдайда|соң)(?![\p{L}])`,
  // «рұқсат берсеңіз», «келісім берсе», «рұқсат етсеңіз» (if you give permission): the conditional mood of consenting.
  String.raw`(?<![\p{L}])(?:(?:рұқсат|келісім)\p{L}*\s+берсе|рұқсат\s+етсе)(?:ңіз|ң|м|к)?(?![\p{L}])`,
  // Access the person grants: «Доступ к камере предоставляется клиентом в настройках», "access is granted by you".
  String.raw`(?<![\p{L}])доступ\p{L}*\s+[^.;]{0,80}?(?:предоставляется|да[её]тся)\s+(?:самим\s+)?(?:клиентом|пользователем|вами)(?![\p{L}])`,
  String.raw`(?<![\p{L}])access\s+[^.;]{0,80}?(?:is|are)\s+(?:granted|given)\s+by\s+(?:you|the\s+(?:user|customer|client))(?![\p{L}])`,
  // What the person may leave out: «(необязательно: …)», «міндетті емес», "optional", "Optionally, you may also give…".
  // «Необязательные cookie», "optional cookies" name a class of cookies, which may still be set until switched off.
  String.raw`(?<![\p{L}])(?:необязательн\p{L}*|не\s+обязательн\p{L}*|міндетті\s+емес|optional(?:ly)?)(?![\p{L}])(?!\s+(?:файл\p{L}*\s+)?(?:cookie|куки))`,
  String.raw`обязательн(?<=(?:^|[^\p{L}])не\s+является\s+обязательн)\p{L}*`,
  String.raw`not(?<=(?:is|are)\s+not)\s+(?:an?\s+)?(?:mandatory|compulsory|obligatory)(?![\p{L}])`,
  // «міндетті шарты болып табылмайды» (is not a mandatory condition), as «не является обязательным».
  String.raw`(?<![\p{L}])міндетті\s+(?:\p{L}+\s+)?болып\s+табылмайды(?![\p{L}])`,
  // A consent worded as the person's wish: «Хочу получать предложения», «ұсыныстар алғым келеді», "I would like to receive offers".
  String.raw`(?<![\p{L}])(?:хочу|желаю)\s+получать|(?<![\p{L}])алғым\s+келеді|(?<![\p{L}])I\s+(?:want|wish|would\s+like)\s+to\s+receive`,
  // «тек келісіммен», «тек рұқсатпен» (only with consent).
  String.raw`(?<![\p{L}])тек\s+(?:[\p{L}]+\s+)?(?:келісіммен|рұқсатпен)(?![\p{L}])`,
  // «Клиент қаласа» (if the client wishes), «қаласаңыз», «тілесеңіз»; «тәсілін таңдаса» (if the client chooses the way).
  String.raw`(?<![\p{L}])(?:қаласа|қаласаңыз|қаласам|тілесе|тілесеңіз|таңдаса|таңдасаңыз|таңдасам)(?![\p{L}])`,
  // The conditional mood with «ғана»: «келісім берсеңіз ғана», «қоссаңыз ғана».
  String.raw`(?<=\p{L}(?:са|се)(?:ңыз|ңіз|ң|м|қ|к)?\s)ғана(?![\p{L}])`,
  // After the person allows it: «только после того, как вы разрешите», "after you allow it".
  String.raw`(?<![\p{L}])после\s+того,?\s+как\s+(?:[Вв]ы|Пользователь|Клиент|я|субъект)\s+(?:\p{L}+\s+)?(?:разреш|соглас|дад|дал|предостав|подтверд|нажм|нажал|включ|выбер|отмет)\p{L}*`,
  // A permission asked for when the person uses the feature that needs it: "Asked when you tap…", «запрашивается при нажатии».
  String.raw`(?<![\p{L}])(?:asked|requested|prompted)\s+(?:for\s+)?(?:only\s+)?(?:when|once|after)\s+you\s+(?:tap|open|use|press|choose|start|select|turn|click)`,
  String.raw`(?<![\p{L}])запрашива\p{L}*,?\s+(?:только\s+)?(?:(?:в\s+(?:тот\s+)?момент,?\s+)?когда\s+вы|при\s+(?:нажатии|открытии|выборе|использовании))`,
  String.raw`(?<![\p{L}])after\s+you\s+(?:have\s+)?(?:allow|accept|consent|agree|grant|opt|permit|enable|give|gave|tap|click|press|switch|turn)[a-z]*`,
  String.raw`(?<![\p{L}])при\s+(?:наличии|условии|получении|предоставлении|даче)\s+(?:\p{L}+\s+){0,3}?(?:согласия|разрешения)(?:\s+(?:Пользователя|субъекта|Клиента))?`,
  // «лишь при вашем согласии», «при Вашем письменном согласии», «при предоставленном разрешении»: the consent itself in the prepositional case.
  String.raw`(?<![\p{L}])при\s+(?:(?:вашем|Вашем|его|её|ее|их|моем|моём|явном|письменном|отдельном|предварительном|добровольном|предоставленном|полученном|данном|вами|Вами|клиентом|пользователем)\s+){1,3}(?:согласии|разрешении)(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:при|в\s+случае|по\s+мере)\s+необходимости`,
  // The person's choice of a way: «при выборе способа получения на счёт — IBAN», «в случае выбора Клиентом…», «төлем тәсілін таңдаған жағдайда».
  String.raw`(?<![\p{L}])(?:при\s+выборе|в\s+случае\s+выбора|таңдаған\s+(?:жағдайда|кезде))(?![\p{L}])`,
  String.raw`(?<![\p{L}])на\s+(?:(?:свое|своё|его|её|ее|их|ваше|Ваше)\s+)?усмотрени\p{L}*(?:\s+Пользователя)?`,
  String.raw`(?<![\p{L}])по\s+(?:(?:своему|вашему|Вашему|моему|его|её|ее)\s+)?(?:желанию|выбору)(?:\s+(?:Пользователя|Клиента|Субъекта))?`,
  // The person's own choice: «если Вы разрешите», «если я решу их указать», «если Клиент выбрал перевод на карту», «если
  // Заемщик предлагает поручителя».
  String.raw`(?<![\p{L}])(?:если|в\s+(?:том\s+)?случае,?\s+если)\s+(?:[\p{L}-]+\s+){0,3}?${RU_PERSON}\s+(?!не\s)(?:\p{L}+\s+)?(?:разреш|соглас|предостав|предлаг|предлож|дал|даст|выраз|захоч|хоти|хочет|пожела|жела|укаж|указ|выбер|выбра|выбира|включ|реш\p{L}*\s+(?:\p{L}+\s+)?(?:указ|предостав|загруз|прикреп|сообщ|подключ|включ|дать))\p{L}*`,
  String.raw`(?<![\p{L}])егер\s+(?:[\p{L}-]+\s+){0,4}?(?:шеш|қала|келіс|таңда|қос|рұқсат\s+бер|көрсет|енгіз|ұсын)(?:се|са)(?:м|ң|ңыз|ңіз|қ|к)?(?![\p{L}])`,
  String.raw`(?<![\p{L}])в\s+случае\s+(?:получения|наличия|предоставления)\s+(?:\p{L}+\s+)?согласия`,
  KK_CONSENT_SOURCE,
  String.raw`(?<![\p{L}])(?:келісім|рұқсат)(?:і|ы|ім|ым|іңіз|ыңыз)?\s+(?:болған|берілген|берген)\s+(?:жағдайда|кезде)`,
  String.raw`(?<![\p{L}])келісім(?:ін)?\s+берген\s+(?:жағдайда|кезде|соң)`,
  String.raw`(?<![\p{L}])(?:келісім|рұқсат)\p{L}*\s+(?:алынғаннан|алғаннан|бергеннен)\s+(?:кейін|соң)`,
  String.raw`(?<![\p{L}])қажет(?:\s+болған\s+(?:жағдайда|кезде)|\s+болса)`,
  String.raw`(?<![\p{L}])қажеттілік\s+туындаған\s+(?:жағдайда|кезде)`,
  String.raw`(?<![\p{L}])(?:өз\s+)?қалау(?:ы|ыңыз|ым|ымыз)(?:\s+бойынша|мен)(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:only\s+)?(?:with|after\s+(?:obtaining|receiving|getting))\s+(?:(?:your|my|our|their|the\s+user's|the\s+customer's|the\s+data\s+subject's|prior|explicit|express|written|separate|specific|additional)\s+)*(?:consent|permission|authori[sz]ation)`,
  String.raw`(?<![\p{L}])(?:provided|on\s+condition)\s+(?:that\s+)?you\s+(?:have\s+)?(?:consent|agree|allow|permit|opt[\s-]in|authori[sz]e|grant)[a-z]*`,
  String.raw`(?<![\p{L}])(?:if|when|where|once|only\s+if)\s+(?:you|I)\s+(?:[a-z]+\s+)?(?:consent|agree|allow|permit|accept|opt(?:ed)?[\s-]in|enable|grant|authori[sz]e|want|wish|would\s+like)[a-z]*`,
  // "If you name a contact person", "where you add a second phone": an item the person chooses to give, as «если вы укажете».
  String.raw`(?<![\p{L}])(?:if|where)\s+you\s+(?:choose\s+to\s+)?(?:named?|specif(?:y|ied)|indicated?|add(?:ed)?)\s+(?:a|an|your|any|it|them)(?![\p{L}])`,
  // "If you switch this on", "once you turn it on": a setting the person chooses to enable.
  String.raw`(?<![\p{L}])(?:if|when|once|only\s+if)\s+(?:you|I)\s+(?:switch|turn|toggle)\s+(?:(?:this|it|them|that|the\s+[a-z]+)\s+)?on(?![\p{L}])`,
  // "If you do, we learn…": the choice the previous sentence offered.
  String.raw`(?<![\p{L}])(?:if|once|when)\s+you\s+do(?:\s+so)?(?=\s*[,.])`,
  // A fallback: «в случае если сведения не удалось получить», "if that check fails", «тексеру мүмкін болмаса».
  String.raw`не\s+удал(?:ось|ся|ась)(?<=(?:если|случае,?\s+если)\s+[^.;]{0,60}?не\s+удал\p{L}+)(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:if|when|where)\s+(?:[a-z'’]+\s+){0,4}?(?:fails|failed|cannot\s+be\s+(?:verified|confirmed|checked|obtained)|is\s+unsuccessful)(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:мүмкін\s+болмаса|сәтсіз\s+(?:болса|аяқталса))(?![\p{L}])`,
  // "subject to your consent", "subject to the Applicant's express consent", "subject to a separate consent".
  String.raw`(?<![\p{L}])subject\s+to\s+(?:(?:your|the|an?|his|her|their|[\p{L}-]+['’]s)\s+){1,2}(?:(?:prior|express|explicit|separate|written|specific|additional)\s+)*(?:consent|permission)`,
  // A consent that can be withdrawn was asked for: "withdraw consent to marketing", «отозвать согласие на рассылку».
  String.raw`(?<![\p{L}])(?:withdraw|revoke)\s+(?:${EN_ANY_TIME})?(?:your\s+|the\s+|any\s+|this\s+)?consent`,
  String.raw`(?<![\p{L}])отозвать\s+(?:${RU_ANY_TIME})?(?:\p{L}+\s+)?согласие`,
  // «Согласие на рекламные сообщения можно отозвать»: the consent named first, its withdrawal after.
  String.raw`(?<![\p{L}])согласи[ея]\s+на\s+[^.;]{1,80}?(?:(?:можно|вправе|можете|может)\s+(?:${RU_ANY_TIME})?отозвать|отзыва(?:ется|ются)|(?:может|могут)\s+быть\s+отозван\p{L}*)`,
  String.raw`(?<![\p{L}])consent\s+(?:to|for)\s+[^.;]{1,80}?(?:can|may)\s+(?:${EN_ANY_TIME})?be\s+(?:withdrawn|revoked)`,
  String.raw`(?<![\p{L}])келісім\p{L}*\s+(?:${KK_ANY_TIME})?(?:кері\s+)?(?:қайтарып\s+ал|кері\s+ал|кері\s+қайтар)\p{L}*`,
  // An empty checkbox in front of a consent: the practice happens only if the person ticks it. A statement about oneself
  // («☐ Я не являюсь ИПДЛ», «☐ … ШЖЛТ емеспін», "☐ I am not a PEP") is a form's field: the answer is collected either way.
  // A box marked as required («[ ] *», «… *», «(обязательно)», "(required)», «(міндетті)») is a grant the form cannot go on without.
  String.raw`^\s*(?:\[\s\]|☐|□)(?!\s*\*)(?![^\n]*?\*[ \t]*(?:\n|$))(?![^\n]*?(?<![\p{L}])(?:являюсь|емеспін|табыламын|табылмаймын|I\s+am\s+(?:not\s+)?an?|I['’]m\s+(?:not\s+)?an?|обязательн\p{L}*|required|mandatory|міндетті(?!\s+емес))(?![\p{L}]))[^\n]{1,80}`,
  String.raw`(?<![\p{L}])(?:if|when|where|once)\s+you\s+(?:have\s+)?(?:give|gave|given|grant|granted|provide|provided)\s+(?:us\s+)?(?:your\s+)?(?:(?:explicit|prior|separate|specific|express|written)\s+)?(?:consent|permission)`,
  // "As required by law" names a legal basis, not a case; "only as needed" an extent ("We share it only as needed with: …").
  String.raw`(?<![\p{L}])(?:(?:where|if|when)\s+(?:necessary|required|applicable|needed)|(?<!only\s)as\s+(?:necessary|applicable|needed|required(?!\s+by)))`,
  String.raw`(?<![\p{L}])at\s+(?:your|our|its)\s+(?:sole\s+)?discretion`,
  String.raw`(?<![\p{L}])upon\s+your\s+(?:request|consent)`,
  // A permission the person may refuse is asked for, i.e. given by consent; an opt-out («отписаться», "unsubscribe") is not.
  String.raw`(?<![\p{L}])(?:you|the\s+(?:user|customer))\s+(?:can|may)\s+(?:always\s+)?(?:refuse|decline|deny)(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:[Вв]ы|Пользователь|Клиент)\s+(?:можете|может|вправе)\s+(?:отказать(?:ся)?\s+(?:в|от)\s+(?:\p{L}+\s+)?(?:доступ|предоставлени|разрешени)|запретить|не\s+предоставлять)\p{L}*`,
  // The same right of a data subject named otherwise; the literal first, the subject looked behind, for speed.
  String.raw`вправе(?<=(?:Субъект|Заемщик|Заёмщик|Заявитель)\s+вправе)\s+отказать(?:ся)?\s+(?:в|от)\s+(?:\p{L}+\s+)?(?:доступ|предоставлени|разрешени)\p{L}*`,
  String.raw`(?<![\p{L}])(?:рұқсат\s+бермеуге|(?:рұқсаттан|беруден)\s+бас\s+тартуға)\s+(?:болады|құқылы|құқығыңыз\s+бар)`,
]);

function conditionPatterns(text: string): readonly RegExp[] {
  // Off "until you accept them", «пока вы не дадите согласие» (until-consent.ts).
  const extra = [...optInPatterns(text), ...personChoicePatterns(text), ...untilConsentPatterns(text), ...rareConditionPatterns(text), ...givenOrPaidPatterns(text), ...courtCasePatterns(text), ...ifAnyPatterns(text), ...addedRequestPatterns(text), ...afterTellingPatterns(text), ...switchedOnPatterns(text), ...optionalStepPatterns(text)];
  const base = extra.length > 0 ? [...CONDITIONS(text), ...extra] : CONDITIONS(text);
  const money = moneyThresholdPatterns(text);
  return money.length > 0 ? [...base, ...money] : base;
}

/** The condition as written, whitespace folded, or null. */
export function findCondition(text: string): string | null {
  let first: RegExpExecArray | null = null;
  for (const pattern of conditionPatterns(text)) {
    const found = pattern.exec(text);
    if (found && (!first || found.index < first.index)) first = found;
  }
  // A consent named as the moment a proof of it is recorded is no condition (consent-proof.ts), nor one offered beside
  // consent not being needed (consent-waived.ts), nor one given already by applying (consent-given.ts); another condition
  // in the same clause still is.
  const after = first ? text.slice(first.index + first[0].length) : '';
  if (!first || provesConsent(first[0], text) || consentOrWaived(first[0], after) || consentGivenAlready(first[0], text.slice(0, first.index), after)) return null;
  // A bare particle («ғана») is shown with the word before it: «келісім берсеңіз ғана».
  if (first[0].length < 6) return `${/[\p{L}-]+\s+$/u.exec(text.slice(Math.max(0, first.index - 30), first.index))?.[0] ?? ''}${first[0]}`.replace(/\s+/gu, ' ').trim();
  const owner = IS_KK_CONSENT().test(first[0]) ? KK_OWNER_BEFORE().exec(text.slice(Math.max(0, first.index - 40), first.index)) : null;
  return `${owner?.[0] ?? ''}${first[0]}`.replace(/\s+/gu, ' ').trim();
}
