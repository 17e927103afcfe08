/**
 * Kazakh IIN (ЖСН): YYMMDD, a century-and-sex digit, a four-digit serial, and a check digit.
 * Sites validate the check digit, so a canary IIN must carry a correct one or the wizard stops.
 */
const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

function weightedMod11(digits: readonly number[], weights: readonly number[]): number {
  return digits.reduce((sum, digit, i) => sum + digit * (weights[i] ?? 0), 0) % 11;
}

/** The check digit of 11 leading digits, or null when the algorithm rejects them (both passes give 10). */
export function iinCheckDigit(first11: string): number | null {
  if (!/^\d{11}$/.test(first11)) return null;
  const digits = [...first11].map(Number);
  const first = weightedMod11(digits, FIRST_WEIGHTS);
  if (first !== 10) return first;
  const second = weightedMod11(digits, SECOND_WEIGHTS);
  return second === 10 ? null : second;
}

export function isValidIin(iin: string): boolean {
  if (!/^\d{12}$/.test(iin)) return false;
  return iinCheckDigit(iin.slice(0, 11)) === Number(iin[11]);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** 1/2: 19th century, 3/4: 20th, 5/6: 21st; odd for men, even for women. */
function centuryDigit(year: number, female: boolean): number {
  const base = year < 1900 ? 1 : year < 2000 ? 3 : 5;
  return base + (female ? 1 : 0);
}

/**
 * A valid IIN for a birth date and sex. Serials the algorithm rejects are skipped, so the result is
 * valid for every input.
 */
export function makeIin(birth: Date, female: boolean, serial: number): string {
  const date = `${pad(birth.getUTCFullYear() % 100, 2)}${pad(birth.getUTCMonth() + 1, 2)}${pad(birth.getUTCDate(), 2)}`;
  const head = `${date}${centuryDigit(birth.getUTCFullYear(), female)}`;
  for (let attempt = 0; attempt < 10_000; attempt += 1) {
    const first11 = `${head}${pad((serial + attempt) % 10_000, 4)}`;
    const check = iinCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
  throw new Error('no valid IIN serial exists for this date');
}
