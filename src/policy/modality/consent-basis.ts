/**
 * A list of legal bases («5. Purposes and legal bases», «Правовые основания обработки», «Өңдеудің құқықтық
 * негіздері») whose lead is consent itself ("Consent:", «Согласие субъекта:», «Келісім:»): what is listed
 * there is done only with the person's consent, as against the contract or the law listed beside it.
 * The heading is required: a consent form may open a list with «Согласие:» and mean the consent it gives.
 */
import { lazyPattern, rememberedTest } from '../lazy';

const CONSENT_LEAD = lazyPattern(String.raw`^\s*(?:(?:(?:your|the\s+data\s+subject['’]s)\s+)?consent|согласие(?:\s+(?:субъекта|клиента|пользователя|заемщика|заёмщика)(?:\s+персональных\s+данных)?)?|(?:сіздің\s+|субъектінің\s+)?келісім(?:іңіз|і)?)\s*:\s*$`, 'iu');
const BASES_HEADING = lazyPattern(String.raw`(?<![\p{L}])(?:(?:legal|lawful)\s+(?:bas[ei]s|grounds?)|основани|негіз)`, 'iu');
const MAX_LEAD = 80;

const namesLegalBases = rememberedTest((heading) => BASES_HEADING().test(heading));

/** The lead as the condition («Consent»), or null. */
export function consentBasis(leadText: string, heading: string): string | null {
  return leadText.length > 0 && leadText.length < MAX_LEAD && CONSENT_LEAD().test(leadText) && namesLegalBases(heading) ? leadText.trim().replace(/\s*:$/u, '') : null;
}
