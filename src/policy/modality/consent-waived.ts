/**
 * Consent that is not needed: «в случаях, когда согласие … не требуется», "where your consent is not required",
 * «келісім қажет емес». What is denied is the need for consent, not the practice: the data are still processed. Said as
 * the alternative to consent («с согласия субъекта либо в случаях, когда согласие не требуется»), it makes the consent
 * the document's lawful basis, not a condition of one practice.
 */
import { lazyPattern } from '../lazy';

/** The denied verb is one of needing or requiring. */
const REQUIRING = /^(?:(?:не|not)\s+(?:be\s+)?(?:требу|нужн|нужен|requir|need)|n['’]t\s+(?:requir|need)|қажет\s+емес)/iu;
const CONSENT_WORD = /согласи|consent|келісім/iu;
/** Consent named just before the denial, a few words apart: «такое согласие в силу статьи 9 Закона не требуется». */
const CONSENT_BEFORE = lazyPattern(String.raw`(?<![\p{L}])(?:согласи|consent|келісім)\p{L}*(?:[\s,]+[\p{L}\p{N}-]+){0,5}[\s,]*(?:is\s+|was\s+|will\s+|shall\s+|does\s+|do\s+)?$`, 'iu');
/** «либо в случаях, когда такое согласие не требуется», "or where consent is not required", after the consent condition. */
const OR_WAIVED = lazyPattern(String.raw`^[^.;]{0,40}?(?<![\p{L}])(?:либо|или|or|немесе)\s+[^.;]{0,60}?(?:согласи|consent|келісім)\p{L}*(?:[\s,]+[\p{L}\p{N}-]+){0,5}[\s,]+(?:не\s+требу|(?:is\s+|be\s+)?not\s+(?:be\s+)?required|қажет\s+емес|талап\s+етілмей)`, 'iu');

/** Whether the negation `found` only says that consent is not needed. */
export function waivesConsent(found: string, before: string): boolean {
  return REQUIRING.test(found) && CONSENT_WORD.test(before) && CONSENT_BEFORE().test(before);
}

/** Whether a consent condition is followed by its alternative, consent not being needed. */
export function consentOrWaived(condition: string, after: string): boolean {
  return CONSENT_WORD.test(condition) && CONSENT_WORD.test(after) && OR_WAIVED().test(after);
}
