/**
 * Canary values: realistic, valid (IIN check digit, Luhn, IBAN mod-97) and distinct per site and
 * per field, so a value seen in a third party's request points at exactly one field. Each call
 * returns candidates in order of preference; the filler moves on when the page rejects one.
 */
import type { CategoryId } from '../../../categories';
import { makeKzIban } from './iban';
import { makeIin } from './iin';
import { luhnCheckDigit } from './luhn';
import { makePerson, type Person } from './people';
import { createRandom, type Random } from './random';
import type { TextShape } from './shape';

export interface Canaries {
  valuesFor(category: CategoryId | null, shape: TextShape): string[];
}

const STREETS = ['Абая', 'Толе би', 'Кенесары', 'Сейфуллина', 'Жибек жолы', 'Достык'];
const CITIES = ['Алматы', 'Астана', 'Шымкент', 'Караганда'];
const EMPLOYERS = ['ТОО «Сапа Логистик»', 'ТОО «Алтын Жол»', 'ИП «Береке»', 'АО «Дала Сервис»'];
const MOBILE_CODES = ['700', '701', '702', '705', '707', '747', '771', '775', '777', '778'];
const TEXT_LIMIT = 60;

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function dateCandidates(date: Date, shape: TextShape): string[] {
  const iso = `${date.getUTCFullYear()}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
  const dotted = `${pad2(date.getUTCDate())}.${pad2(date.getUTCMonth() + 1)}.${date.getUTCFullYear()}`;
  return shape.format === 'date' ? [iso] : [dotted, iso];
}

function phone(random: Random): string[] {
  const code = random.pick(MOBILE_CODES);
  const rest = random.digits(7);
  return [`+7 ${code} ${rest.slice(0, 3)} ${rest.slice(3, 5)} ${rest.slice(5)}`, `${code}${rest}`];
}

function email(person: Person, random: Random): string {
  return `${person.latinGiven}.${person.latinFamily}${random.digits(3)}@example.com`.toLowerCase();
}

function cardNumber(random: Random): string {
  const payload = `4${random.digits(14)}`;
  return `${payload}${luhnCheckDigit(payload)}`;
}

function digitsFor(shape: TextShape, random: Random, fallback: number): string {
  const length = Math.min(Math.max(shape.maxLength ?? fallback, 1), 12);
  return `${1 + random.int(9)}${random.digits(length - 1)}`;
}

export function createCanaries(seed: string): Canaries {
  const random = createRandom(seed);
  const applicant = makePerson(random);
  const seen = new Map<string, number>();
  /** The first name/IIN/e-mail is the applicant's; later ones (relatives, representatives) are other people. */
  const personFor = (key: string): Person => {
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return n === 0 ? applicant : makePerson(random);
  };
  const recentDate = (): Date => new Date(Date.UTC(2015 + random.int(9), random.int(12), 1 + random.int(28)));

  const byCategory = (category: CategoryId | null, shape: TextShape): string[] => {
    switch (category) {
      case 'national_id': {
        const person = personFor('iin');
        return [makeIin(person.birth, person.female, random.int(10_000))];
      }
      case 'birth_date': return dateCandidates(applicant.birth, shape);
      case 'name': return [personFor('name').fullName];
      case 'contact_persons': return shape.format === 'tel' ? phone(random) : [makePerson(random).fullName];
      case 'phone': return phone(random);
      case 'email': return [email(personFor('email'), random)];
      case 'address': return [`г. ${random.pick(CITIES)}, ул. ${random.pick(STREETS)}, ${1 + random.int(150)}, кв. ${1 + random.int(200)}`];
      case 'id_document': return shape.digitsOnly ? [digitsFor(shape, random, 9)] : ['МВД РК'];
      case 'bank_card': return [cardNumber(random)];
      case 'bank_account': return [makeKzIban(`${1 + random.int(9)}${random.digits(2)}`, `${random.digits(3)}KZT${random.digits(7)}`)];
      case 'employment': return shape.digitsOnly ? [String(1 + random.int(20))] : [`${random.pick(EMPLOYERS)} ${random.digits(2)}`];
      case 'financial_status': return [String((150 + random.int(400)) * 1000)];
      case 'social_profile': return [`https://vk.com/id${random.digits(9)}`];
      case 'credentials': return shape.format === 'password' ? [`Kn-${random.digits(6)}-q`] : [random.digits(6)];
      default: return generic(shape);
    }
  };
  const generic = (shape: TextShape): string[] => {
    if (shape.format === 'email') return [email(makePerson(random), random)];
    if (shape.format === 'tel') return phone(random);
    if (shape.format === 'url') return [`https://example.com/${random.digits(6)}`];
    if (shape.digitsOnly || shape.format === 'number') return [digitsFor(shape, random, 6)];
    return [`Канар ${random.digits(5)}`.slice(0, TEXT_LIMIT)];
  };

  return {
    valuesFor(category, shape) {
      switch (shape.sub) {
        case 'card-expiry': return [`${pad2(1 + random.int(12))}/${pad2((new Date().getUTCFullYear() + 2 + random.int(3)) % 100)}`];
        case 'card-cvc': return [random.digits(3)];
        case 'card-holder': return [`${applicant.latinGiven} ${applicant.latinFamily}`.toUpperCase()];
        case 'code': return [random.digits(Math.min(Math.max(shape.maxLength ?? 4, 4), 6))];
        case 'date': return dateCandidates(category === 'birth_date' ? applicant.birth : recentDate(), shape);
        default: break;
      }
      if (shape.format === 'date') return dateCandidates(category === 'birth_date' ? applicant.birth : recentDate(), shape);
      return byCategory(category, shape);
    },
  };
}
