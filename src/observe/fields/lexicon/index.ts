/** Every category lexicon, in tie-break order: when two categories score the same, the earlier wins. */
import { ADDRESS, CONTACT_PERSONS, EMAIL, PHONE, SOCIAL_PROFILE } from './contact';
import { DOCUMENT_IMAGE, FACE_IMAGE, ID_DOCUMENT } from './documents';
import type { CategoryLexicon } from './entry';
import { BIRTH_DATE, CITIZENSHIP, GENDER, NAME, NATIONAL_ID } from './identity';
import { EDUCATION, EMPLOYMENT, FAMILY, KYC_STATUS } from './life';
import { BANK_ACCOUNT, BANK_CARD, FINANCIAL_STATUS, LOAN_TERMS } from './money';
import { CREDENTIALS, NOT_PERSONAL_FIELD } from './security';

export const LEXICONS: readonly CategoryLexicon[] = [
  NOT_PERSONAL_FIELD, CREDENTIALS, BANK_CARD, BANK_ACCOUNT, NATIONAL_ID, FACE_IMAGE, DOCUMENT_IMAGE, ID_DOCUMENT,
  KYC_STATUS, CONTACT_PERSONS, BIRTH_DATE, EMAIL, PHONE, NAME, GENDER, CITIZENSHIP, FAMILY, EDUCATION, EMPLOYMENT,
  FINANCIAL_STATUS, LOAN_TERMS, ADDRESS, SOCIAL_PROFILE,
];

export { EMPLOYER_CUES } from './life';
