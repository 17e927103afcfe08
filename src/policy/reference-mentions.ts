/**
 * Mentions that point back at a practice described elsewhere: a lifetime in a list of cookie
 * lifetimes, a product in a table of partners, how to switch something off, data "collected through"
 * a tool, a separate policy that covers it, the person's word that a third person agreed (consent-confirmation.ts), a card
 * named as the way to pay (payment-means.ts). They show that the practice exists; but where the policy describes the practice itself,
 * that description decides its status: «only if you click Accept» there is not undone by
 * «advertising cookies – 90 days» in the lifetimes list.
 */
import type { CategoryId } from '../categories';
import type { Declaration } from '../schema/policy';
import { confirmsThirdPersonConsent } from './consent-confirmation';
import { hintedTest, lazyPattern } from './lazy';
import { namesCardAsPaymentMeans } from './payment-means';
import { findPeriod, isRetentionContext } from './modality/periods';
import { isSharingContext } from './modality/recipients';
import { isTableRow } from './sentences';

/**
 * Switching off, refusing or objecting: «отказаться от рассылки», «возражать против», «бас тартуға», "object to direct marketing";
 * unlinking an account signed in with: "unlink your social network account", «отвязать аккаунт», «аккаунтты ажырату»; changing
 * one's choices: "change your marketing choices", «изменить настройки рассылки», «баптауларды өзгертуге».
 */
const OPT_OUT = lazyPattern(String.raw`(?<![\p{L}])(?:отключите|отключить|удалите|заблокируйте|запретите|откажитесь|отвяжите|отвязать|өшіріңіз|өшіруге|тазалаңыз|бұғаттаңыз|ажыратыңыз|ажырату\p{L}*|бас\s+тартыңыз|бас\s+тарту\p{L}*|отказ\s+от|отказаться\s+от|возраж\p{L}*\s+против|қарсылық\s+білдір\p{L}*|turn\s+(?:it\s+|them\s+)?off|disable|delete|block|opt\s+out|unsubscribe|unlink|disconnect|object\s+to|(?:change|manage|update|adjust)\s+(?:your\s+)?(?:[\p{L}-]+\s+){0,3}?(?:choices|preferences|settings)|(?:измените|изменить|изменять|управлять)\s+(?:\p{L}+\s+){0,2}?(?:настройк|предпочтени)\p{L}*|(?:баптау|параметр)\p{L}*\s+өзгерт\p{L}*)(?![\p{L}])`, 'iu');
const COLLECTED_THROUGH = lazyPattern(String.raw`(?:собранн|полученн)\p{L}*\s+(?:с\s+помощью|посредством|через)|арқылы\s+жиналған|collected\s+(?:through|via|by|with|using)`, 'iu');

/** «Данные рекламных cookie получают…», «cookie деректерін», "data from analytics cookies": a kind of cookie named as what is handed on. */
const isCookieData = hintedTest(/cookie|куки/iu,
  String.raw`(?:данн|сведени)\p{L}*\s+(?:\p{L}+\s+){1,3}?(?:cookie|куки)|cookie\s+деректер|(?:data|information)\s+(?:from|of|set\s+by)\s+(?:\p{L}+\s+){1,3}?cookies`, 'iu');

/** «в рамках процедуры, указанной в пункте 3.2», "as described in section 4", "the providers named in Article 3": the practice is described there. */
const isPointer = hintedTest(/указанн|описанн|перечисленн|названн|described|set out|named in|listed in|тармағында|бөлімінде|бабында/iu,
  String.raw`(?:указанн|описанн|перечисленн|названн)\p{L}*\s+в\s+(?:пункте|разделе|статье|п\.)\s*\d|(?:described|set\s+out|named|listed)\s+in\s+(?:section|clause|paragraph|article)\s+\d|\d[\d.]*\s*(?:тармағында|бөлімінде|бабында)\s+(?:көрсетілген|сипатталған|аталған)`, 'iu');

/**
 * «регулируется отдельной политикой в отношении файлов cookie», "is covered by a separate cookie notice", «жеке саясатпен
 * реттеледі» («жеке басын куәландыратын құжат» is an identity document): another document describes it, so the mention
 * says nothing of what this one's service does.
 */
const isSeparatePolicy = hintedTest(/отдельн|separate|жеке|бөлек/iu,
  String.raw`отдельн\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:политик|документ|положени|уведомлени|правил)\p{L}*|separate\s+(?:[\p{L}-]+\s+){0,2}?(?:policy|notice|document|statement)|(?:жеке|бөлек)\s+(?:cookie\s+)?саясат\p{L}*|бөлек\s+(?:\p{L}+\s+)?құжат\p{L}*`, 'iu');

const PARTNERS = lazyPattern(String.raw`партн[её]р|серіктес|partners?(?![\p{L}])|provider|провайдер|получател|алушы|recipient`, 'iu');

export function isReferenceMention(text: string, leadText: string, heading: string): boolean {
  if (OPT_OUT().test(text) || COLLECTED_THROUGH().test(text) || isCookieData(text) || isPointer(text) || isSeparatePolicy(text) || confirmsThirdPersonConsent(text)) return true;
  if ((isRetentionContext(leadText) || isRetentionContext(heading)) && findPeriod(text)) return true;
  if (namesCardAsPaymentMeans(leadText === '' ? text : `${leadText} ${text}`)) return true;
  return isTableRow(text) && (isSharingContext(heading) || PARTNERS().test(heading));
}

/**
 * A period is itself a retention rule wherever it is listed («аналитические cookie – 13 месяцев», "records: five years"):
 * only the other categories a lifetime names point back at a practice described elsewhere.
 */
const STATED_BY_PERIOD: ReadonlySet<CategoryId> = new Set(['retention']);

/** Drops a reference's `declared` where the same category is described elsewhere with another status. */
export function settleReferences(perStatement: readonly Declaration[][], isReference: readonly boolean[]): Declaration[] {
  const described = new Set<CategoryId>();
  const describedDeclared = new Set<CategoryId>();
  perStatement.forEach((list, index) => {
    if (isReference[index]) return;
    for (const d of list) {
      described.add(d.category);
      if (d.status === 'declared') describedDeclared.add(d.category);
    }
  });
  return perStatement.flatMap((list, index) => (isReference[index]
    ? list.filter((d) => d.status !== 'declared' || STATED_BY_PERIOD.has(d.category) || !described.has(d.category) || describedDeclared.has(d.category))
    : list));
}
