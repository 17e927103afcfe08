/**
 * Kazakh IBANs: KZ, two check digits, a 3-digit bank code and a 13-character account (20 in all),
 * checked by ISO 13616 mod-97.
 */

/** Letters become 10..35 and the whole is reduced mod 97 piecewise, so no big integers are needed. */
function mod97(alphanumeric: string): number {
  let remainder = 0;
  for (const ch of alphanumeric) {
    const value = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder;
}

export function isValidIban(iban: string): boolean {
  const compact = iban.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{1,30}$/.test(compact)) return false;
  return mod97(`${compact.slice(4)}${compact.slice(0, 4)}`) === 1;
}

/** A valid KZ IBAN for a bank code (3 digits) and account (13 characters, A-Z0-9). */
export function makeKzIban(bankCode: string, account: string): string {
  const bban = `${bankCode}${account}`.toUpperCase();
  if (!/^\d{3}[A-Z0-9]{13}$/.test(bban)) throw new Error('a KZ BBAN is a 3-digit bank code and 13 characters');
  const check = 98 - mod97(`${bban}KZ00`);
  return `KZ${String(check).padStart(2, '0')}${bban}`;
}
