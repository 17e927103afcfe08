/**
 * How a field takes a value, read from its features: typed text (in which format), a choice
 * (select, required tick box), or left alone (file uploads, sliders, hidden and button inputs).
 */
import type { FieldFeatures } from '../../../observe/fields';

export type TextFormat = 'date' | 'email' | 'tel' | 'number' | 'url' | 'password' | 'text';
/** Finer roles inside one category: a card field is a number, an expiry, a CVC or a holder name. */
export type SubRole = 'card-expiry' | 'card-cvc' | 'card-holder' | 'code' | 'date' | null;

export interface TextShape {
  format: TextFormat;
  digitsOnly: boolean;
  maxLength: number | null;
  sub: SubRole;
}

export type FieldPlan =
  | { kind: 'type'; shape: TextShape }
  | { kind: 'select' }
  | { kind: 'tick' }
  | { kind: 'skip'; reason: string };

const TEXT_FORMATS: Readonly<Record<string, TextFormat>> = {
  date: 'date', email: 'email', tel: 'tel', number: 'number', url: 'url', password: 'password',
  text: 'text', search: 'text', textarea: 'text',
};
const NEVER_TYPED = new Set(['file', 'range', 'color', 'hidden', 'submit', 'button', 'reset', 'image', 'month', 'week', 'time', 'datetime-local']);

const SUB_ROLES: ReadonlyArray<readonly [SubRole, RegExp]> = [
  ['card-expiry', /срок действ|мм\s*\/\s*гг|mm\s*\/\s*yy|аа\s*\/\s*жж|жарамдылық|expir/iu],
  ['card-cvc', /\b(cvv|cvc|csc)\d?\b/iu],
  ['card-holder', /держател|holder|латиниц|карта иесі/iu],
  ['code', /код из sms|sms[- ]?код|смс[- ]?код|one[- ]time|растау коды/iu],
  ['date', /\bдата\b|күні|\bdate\b|дд\.мм|дд\/мм|dd\.mm/iu],
];
const AUTOCOMPLETE_ROLES: Readonly<Record<string, SubRole>> = {
  'cc-exp': 'card-expiry', 'cc-csc': 'card-cvc', 'cc-name': 'card-holder', 'one-time-code': 'code', bday: 'date',
};

function subRoleOf(f: FieldFeatures): SubRole {
  const fromAutocomplete = AUTOCOMPLETE_ROLES[f.autocomplete.split(/\s+/).pop() ?? ''];
  if (fromAutocomplete) return fromAutocomplete;
  const words = [f.name, f.id, ...f.texts.map((t) => t.text)].join(' ');
  return SUB_ROLES.find(([, pattern]) => pattern.test(words))?.[0] ?? null;
}

/** Numeric keyboards and digit patterns mean the site will refuse letters. */
function isDigitsOnly(f: FieldFeatures): boolean {
  return f.type === 'number' || f.inputmode === 'numeric' || /^\^?\\d\{\d+(,\d*)?\}\$?$/.test(f.pattern);
}

export function planField(f: FieldFeatures): FieldPlan {
  if (f.tag === 'select' || f.type === 'combobox') return { kind: 'select' };
  if (f.type === 'checkbox' || f.type === 'radio') return { kind: 'tick' };
  if (f.tag === 'custom') return { kind: 'skip', reason: `custom ${f.role} widget` };
  if (NEVER_TYPED.has(f.type)) return { kind: 'skip', reason: `${f.type} input` };
  const format = TEXT_FORMATS[f.type] ?? 'text';
  return { kind: 'type', shape: { format, digitsOnly: isDigitsOnly(f), maxLength: f.maxLength, sub: subRoleOf(f) } };
}
