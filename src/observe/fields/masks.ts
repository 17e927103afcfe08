/**
 * Input masks and example placeholders: «+7 (___) ___-__-__», «KZ__ ____ ____ ____ ____»,
 * «____ ____ ____ ____», «ММ/ГГ», «name@mail.kz». The shape of what a field accepts often tells
 * more than its label.
 */
import type { CategoryId } from '../../categories';

export interface MaskMeaning {
  readonly category: CategoryId;
  readonly weight: number;
  readonly what: string;
}

/** A slot for one typed character in common mask notations, or a digit of an example value. */
const SLOT = '[_\\d#*xX•●○]';
const PHONE_MASK = new RegExp(`^(?:\\+7|8)[(-]?${SLOT}{3}[)-]?${SLOT}{3}-?${SLOT}{2}-?${SLOT}{2}$`);
const PHONE_PREFIX_ONLY = /^\+7$/;
const IBAN_MASK = /^KZ[\w*#•_]{16,20}$/i;
const CARD_MASK = new RegExp(`^${SLOT}{4}([ -]?)${SLOT}{4}\\1${SLOT}{4}\\1${SLOT}{4}(?:\\1${SLOT}{1,3})?$`);
const NATIONAL_ID_MASK = new RegExp(`^${SLOT}{12}$`);
const CARD_EXPIRY_MASK = new RegExp(`^(?:mm|мм|${SLOT}{2})/(?:yy|гг|yyyy|гггг|${SLOT}{2}|${SLOT}{4})$`, 'i');
const EMAIL_EXAMPLE = /^[^\s@]{1,64}@[^\s@]{1,64}\.[^\s@]{2,24}$/;
const WHITESPACE = /\s+/g;
/** Inputmask's data attribute: «'mask': '+7 (999) 999-99-99'» or «'alias': 'email'». */
const INPUTMASK_MASK = /mask['"]?\s*:\s*['"]([^'"]{1,80})['"]/;
const INPUTMASK_ALIAS = /alias['"]?\s*:\s*['"]([^'"]{1,40})['"]/;

/** The mask itself out of a mask attribute, whatever library notation wraps it. */
export function maskValue(rawMask: string): string {
  return (INPUTMASK_MASK.exec(rawMask)?.[1] ?? INPUTMASK_ALIAS.exec(rawMask)?.[1] ?? rawMask).trim();
}

/** What a mask (or a mask-like placeholder) says the field accepts; null when it says nothing. */
export function maskMeaning(mask: string): MaskMeaning | null {
  const trimmed = mask.trim().slice(0, 80);
  const compact = trimmed.replace(WHITESPACE, '');
  if (compact === '') return null;
  if (compact.toLowerCase() === 'email' || EMAIL_EXAMPLE.test(trimmed)) return { category: 'email', weight: 5, what: 'an email address' };
  if (PHONE_MASK.test(compact)) return { category: 'phone', weight: 6, what: 'a +7 phone number' };
  if (PHONE_PREFIX_ONLY.test(compact)) return { category: 'phone', weight: 4, what: 'a +7 phone prefix' };
  if (IBAN_MASK.test(compact)) return { category: 'bank_account', weight: 6, what: 'a KZ IBAN' };
  if (CARD_MASK.test(trimmed)) return { category: 'bank_card', weight: 6, what: 'a 16-digit card number' };
  if (NATIONAL_ID_MASK.test(compact)) return { category: 'national_id', weight: 5, what: '12 digits (IIN)' };
  if (CARD_EXPIRY_MASK.test(compact)) return { category: 'bank_card', weight: 4, what: 'a card expiry date' };
  return null;
}
