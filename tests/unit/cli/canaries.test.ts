import { describe, expect, it } from 'vitest';
import { createCanaries } from '../../../src/cli/audit/canary/canaries';
import { isValidIban, makeKzIban } from '../../../src/cli/audit/canary/iban';
import { iinCheckDigit, isValidIin, makeIin } from '../../../src/cli/audit/canary/iin';
import { isLuhnValid, luhnCheckDigit } from '../../../src/cli/audit/canary/luhn';
import type { TextShape } from '../../../src/cli/audit/canary/shape';

const text: TextShape = { format: 'text', digitsOnly: false, maxLength: null, sub: null };

describe('IIN check digit', () => {
  it('uses the first weights 1..11 when they do not give 10', () => {
    // 9·1+0·2+0·3+4·4+1·5+5·6+4·7+5·8+0·9+1·10+2·11 = 160 ≡ 6 (mod 11)
    expect(iinCheckDigit('90041545012')).toBe(6);
    expect(isValidIin('900415450126')).toBe(true);
    expect(isValidIin('900415450123')).toBe(false);
  });

  it('falls back to the weights 3..11,1,2 when the first pass gives 10', () => {
    // 9·1+1·4+1·6+4·7+4·10 = 87 ≡ 10; second pass 9·3+1·6+1·8+4·9+4·1 = 81 ≡ 4
    expect(iinCheckDigit('90010140040')).toBe(4);
    expect(isValidIin('900101400404')).toBe(true);
  });

  it('rejects leading digits for which both passes give 10', () => {
    // as above plus 3·11 = 120 ≡ 10, and 81 + 3·2 = 87 ≡ 10
    expect(iinCheckDigit('90010140043')).toBeNull();
    for (let d = 0; d <= 9; d += 1) expect(isValidIin(`90010140043${d}`)).toBe(false);
  });

  it('makes valid IINs carrying the birth date and the century/sex digit', () => {
    const iin = makeIin(new Date(Date.UTC(1987, 6, 25)), true, 512);
    expect(iin).toMatch(/^8707254\d{5}$/);
    expect(isValidIin(iin)).toBe(true);
    expect(makeIin(new Date(Date.UTC(2001, 1, 3)), false, 0).slice(6, 7)).toBe('5');
    for (let serial = 0; serial < 300; serial += 1) expect(isValidIin(makeIin(new Date(Date.UTC(1990, 3, 15)), serial % 2 === 0, serial))).toBe(true);
  });
});

describe('Luhn', () => {
  it('computes the check digit of known card numbers', () => {
    expect(luhnCheckDigit('7992739871')).toBe(3);
    expect(luhnCheckDigit('411111111111111')).toBe(1);
    expect(isLuhnValid('4111111111111111')).toBe(true);
    expect(isLuhnValid('4111111111111112')).toBe(false);
  });
});

describe('IBAN mod-97', () => {
  it('accepts a published KZ example and rejects a changed digit', () => {
    expect(isValidIban('KZ86125KZT5004100100')).toBe(true);
    expect(isValidIban('KZ86125KZT5004100101')).toBe(false);
  });

  it('makes valid 20-character KZ IBANs', () => {
    const iban = makeKzIban('722', '123KZT4567890');
    expect(iban).toMatch(/^KZ\d{2}722123KZT4567890$/);
    expect(isValidIban(iban)).toBe(true);
  });
});

describe('canary values', () => {
  it('are valid per their category', () => {
    const c = createCanaries('run|1kredit.kz');
    expect(isValidIin(c.valuesFor('national_id', { ...text, digitsOnly: true, maxLength: 12 })[0] ?? '')).toBe(true);
    expect(isLuhnValid(c.valuesFor('bank_card', { ...text, digitsOnly: true })[0] ?? '')).toBe(true);
    expect(isValidIban(c.valuesFor('bank_account', text)[0] ?? '')).toBe(true);
    expect(c.valuesFor('phone', { ...text, format: 'tel' })[0]).toMatch(/^\+7 7\d\d \d{3} \d\d \d\d$/);
    expect(c.valuesFor('email', { ...text, format: 'email' })[0]).toMatch(/^[a-z]+\.[a-z]+\d{3}@example\.com$/);
    expect(c.valuesFor('birth_date', { ...text, format: 'date' })[0]).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(c.valuesFor(null, { ...text, sub: 'card-expiry' })[0]).toMatch(/^(0[1-9]|1[0-2])\/\d\d$/);
  });

  it('the applicant\'s IIN encodes the birth date typed elsewhere', () => {
    const c = createCanaries('seed');
    const iin = c.valuesFor('national_id', text)[0] ?? '';
    const birth = c.valuesFor('birth_date', { ...text, format: 'date' })[0] ?? '';
    expect(iin.slice(0, 6)).toBe(`${birth.slice(2, 4)}${birth.slice(5, 7)}${birth.slice(8, 10)}`);
  });

  it('differ from field to field and from site to site', () => {
    const a = createCanaries('run|1kredit.kz');
    const b = createCanaries('run|kreditomat.kz');
    const phonesA = [1, 2, 3].map(() => a.valuesFor('phone', { ...text, format: 'tel' })[0]);
    expect(new Set(phonesA).size).toBe(3);
    expect(b.valuesFor('phone', { ...text, format: 'tel' })[0]).not.toBe(phonesA[0]);
    expect(a.valuesFor('national_id', text)[0]).not.toBe(a.valuesFor('national_id', text)[0]);
  });

  it('are reproducible from the seed', () => {
    expect(createCanaries('x').valuesFor('email', text)).toEqual(createCanaries('x').valuesFor('email', text));
  });
});
