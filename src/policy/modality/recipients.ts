/**
 * Recipients named without a verb, where the list's lead-in or the section's heading is about handing
 * data over: «МФО передает персональные данные: … в кредитные бюро», «4. Who receives your data —
 * Credit bureaus…», «Деректерді алушылар: …». The lexicons need verb and recipient in one sentence.
 */
import { expandPattern } from '../lexicon/dsl';
import { RECIPIENT as EN_RECIPIENT } from '../lexicon/en/practices';
import { RECIPIENT as KK_RECIPIENT, RECIPIENT_DATIVE as KK_RECIPIENT_DATIVE } from '../lexicon/kk/practices';
import { RECIPIENT as RU_RECIPIENT, RECIPIENT_AFTER_VERB as RU_RECIPIENT_AFTER_VERB } from '../lexicon/ru/practices';
import { compilePattern, lazy, lazyPattern, rememberedTest } from '../lazy';

/**
 * Handing over, by the operator: «предоставляет» is left out because the person provides data too,
 * and "receive" counts only as who receives it ("Information we receive from you" is collection).
 */
const SHARING_CONTEXT = lazy(() => compilePattern([
  // Who else sees or can reach the data asks who it is handed to: «Кто ещё видит ваши данные», "Who else sees it", «Кім көреді».
  String.raw`(?<![\p{L}])(?:переда|передач|раскрыва|раскрыти|получател|кому(?![\p{L}])|кто\s+(?:ещ[её]\s+)?(?:получа|видит|увидит|имеет\s+доступ))`,
  String.raw`(?<![\p{L}])кім\s+(?:\p{L}+\s+)?(?:көреді|көре\s+алады|қол\s+жеткізеді)(?![\p{L}])`,
  // «келісім беру» gives consent, it hands nothing over; «кімге бересіздер?» asks to whom, as «кому».
  String.raw`(?<![\p{L}])(?<!(?:келісім|рұқсат)\p{L}*\s)(?:беріледі|береді|береміз|бересіз\p{L}*|беру|табыста|алушы|кімге)`,
  String.raw`(?<![\p{L}])(?:(?:who|which|whom)\s+(?:\p{L}+\s+)?(?:receiv|gets?(?![\p{L}])|sees?(?![\p{L}])|can\s+see|has\s+access)|recipients?(?![\p{L}])|shar(?:e|es|ed|ing)(?![\p{L}])|disclos|transfer)`,
].join('|'), 'iu'));

const RECIPIENT = lazy(() => {
  const recipients = [RU_RECIPIENT, RU_RECIPIENT_AFTER_VERB, KK_RECIPIENT, KK_RECIPIENT_DATIVE, EN_RECIPIENT].map(expandPattern);
  return compilePattern(String.raw`(?<![\p{L}\p{N}])(?:${recipients.join('|')})(?![\p{L}\p{N}])`, 'iu');
});

/** A company named by its legal form («ООО «Яндекс»», "Google LLC"): under a sharing heading, a recipient. Case matters. */
const LEGAL_FORM = lazyPattern(String.raw`(?<![\p{L}])(?:ООО|ТОО|ПАО|ЗАО|ЖШС|LLC|Inc|Ltd|LLP|GmbH|Corp|PLC)(?![\p{L}])`, 'u');
const LEGAL_ENTITY = lazyPattern(String.raw`(?:ООО|ТОО|ПАО|ЗАО|ЖШС)\s+[«"“]|(?<![\p{L}])\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3},?\s+(?:LLC|Inc|Ltd|LLP|GmbH|Corp|PLC)(?![\p{L}])`, 'u');

export const isSharingContext = rememberedTest((text) => SHARING_CONTEXT().test(text));

/** The first recipient named in a statement, or null. */
export function findRecipient(text: string): RegExpExecArray | null {
  return RECIPIENT().exec(text) ?? (LEGAL_FORM().test(text) ? LEGAL_ENTITY().exec(text) : null);
}
