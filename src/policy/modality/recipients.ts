/**
 * Recipients named without a verb, where the list's lead-in or the section's heading is about handing
 * data over: «МФО передает персональные данные: … в кредитные бюро», «4. Who receives your data —
 * Credit bureaus…», «Деректерді алушылар: …». The lexicons need verb and recipient in one sentence.
 */
import { expandPattern } from '../lexicon/dsl';
import { RECIPIENT as EN_RECIPIENT } from '../lexicon/en/practices';
import { RECIPIENT as KK_RECIPIENT, RECIPIENT_DATIVE as KK_RECIPIENT_DATIVE } from '../lexicon/kk/practices';
import { RECIPIENT as RU_RECIPIENT, RECIPIENT_AFTER_VERB as RU_RECIPIENT_AFTER_VERB } from '../lexicon/ru/practices';
import { lazy } from '../lazy';

/**
 * Handing over, by the operator: «предоставляет» is left out because the person provides data too,
 * and "receive" counts only as who receives it ("Information we receive from you" is collection).
 */
const SHARING_CONTEXT = lazy(() => new RegExp([
  String.raw`(?<![\p{L}])(?:переда|передач|раскрыва|раскрыти|получател|кому(?![\p{L}]))`,
  // «келісім беру» gives consent, it hands nothing over.
  String.raw`(?<![\p{L}])(?<!(?:келісім|рұқсат)\p{L}*\s)(?:беріледі|береді|беру|табыста|алушы)`,
  String.raw`(?<![\p{L}])(?:(?:who|which|whom)\s+(?:\p{L}+\s+)?receiv|recipients?(?![\p{L}])|shar(?:e|es|ed|ing)(?![\p{L}])|disclos|transfer)`,
].join('|'), 'iu'));

const RECIPIENT = lazy(() => {
  const recipients = [RU_RECIPIENT, RU_RECIPIENT_AFTER_VERB, KK_RECIPIENT, KK_RECIPIENT_DATIVE, EN_RECIPIENT].map(expandPattern);
  return new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${recipients.join('|')})(?![\p{L}\p{N}])`, 'iu');
});

export function isSharingContext(text: string): boolean {
  return SHARING_CONTEXT().test(text);
}

/** The first recipient named in a statement, or null. */
export function findRecipient(text: string): RegExpExecArray | null {
  return RECIPIENT().exec(text);
}
