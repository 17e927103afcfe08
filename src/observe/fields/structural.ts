/**
 * Signals from what a field is rather than what it says: its type, autocomplete token, input mask,
 * length limits and camera capture.
 */
import { autocompleteHint } from './autocomplete';
import type { FieldFeatures } from './features';
import { NOT_PERSONAL } from './lexicon/entry';
import { maskMeaning, maskValue } from './masks';
import { attributeValue, quote, type Signal } from './signal';

const AUTOCOMPLETE_WEIGHT = 10;
const TYPE_WEIGHT = 8;
const INPUTMODE_WEIGHT = 4;
const LENGTH_WEIGHT = 4;
const PATTERN_WEIGHT = 5;

const TYPE_SIGNALS: ReadonlyMap<string, Signal['category']> = new Map<string, Signal['category']>([
  ['tel', 'phone'], ['email', 'email'], ['password', 'credentials'], ['search', NOT_PERSONAL], ['searchbox', NOT_PERSONAL],
]);

const NUMERIC_INPUTMODES = new Set(['numeric', 'decimal']);
const DIGITS_ONLY_PATTERN = /^\^?(?:\\d|\[0-9\])(?:\*|\+|\{\d{1,2}(?:,\d{0,2})?\})?\$?$/;
const TWELVE_DIGITS_PATTERN = /^\^?(?:\\d|\[0-9\])\{12\}\$?$/;
const CARD_DIGITS_PATTERN = /^\^?(?:\\d|\[0-9\])\{(?:16|16,19|13,19)\}\$?$/;
const KZ_IBAN_PATTERN = /^\^?KZ/i;

function signal(category: Signal['category'], weight: number, evidence: string): Signal {
  return { category, weight, decisive: true, evidence };
}

function isDigitsOnly(f: FieldFeatures): boolean {
  return NUMERIC_INPUTMODES.has(f.inputmode) || f.type === 'number' || DIGITS_ONLY_PATTERN.test(f.pattern);
}

function digitsOnlyReason(f: FieldFeatures): string {
  if (NUMERIC_INPUTMODES.has(f.inputmode)) return `inputmode=${f.inputmode}`;
  return f.type === 'number' ? 'type=number' : `pattern=${attributeValue(f.pattern)}`;
}

function lengthSignals(f: FieldFeatures): Signal[] {
  const signals: Signal[] = [];
  if (TWELVE_DIGITS_PATTERN.test(f.pattern)) signals.push(signal('national_id', PATTERN_WEIGHT, `pattern=${attributeValue(f.pattern)}`));
  else if (f.maxLength === 12 && (isDigitsOnly(f) || f.minLength === 12)) {
    const reason = isDigitsOnly(f) ? digitsOnlyReason(f) : 'minlength=12';
    signals.push(signal('national_id', LENGTH_WEIGHT, `maxlength=12 + ${reason}`));
  }
  if (CARD_DIGITS_PATTERN.test(f.pattern)) signals.push(signal('bank_card', PATTERN_WEIGHT, `pattern=${attributeValue(f.pattern)}`));
  if (KZ_IBAN_PATTERN.test(f.pattern)) signals.push(signal('bank_account', PATTERN_WEIGHT, `pattern=${attributeValue(f.pattern)}`));
  return signals;
}

function maskSignals(f: FieldFeatures): Signal[] {
  const signals: Signal[] = [];
  const mask = maskValue(f.mask);
  const fromMask = maskMeaning(mask);
  if (fromMask !== null) signals.push(signal(fromMask.category, fromMask.weight, `mask ${quote(mask)} (${fromMask.what})`));
  for (const text of f.texts) {
    if (text.source !== 'placeholder') continue;
    const fromPlaceholder = maskMeaning(text.text);
    if (fromPlaceholder !== null && fromPlaceholder.category !== fromMask?.category) {
      signals.push(signal(fromPlaceholder.category, fromPlaceholder.weight, `placeholder ${quote(text.text)} looks like ${fromPlaceholder.what}`));
    }
  }
  return signals;
}

function captureSignals(f: FieldFeatures): Signal[] {
  if (f.type !== 'file') return [];
  if (f.capture === 'user') return [signal('face_image', TYPE_WEIGHT, 'capture=user (front camera)')];
  if (f.capture === 'environment') return [signal('document_image', 5, 'capture=environment (rear camera)')];
  return [];
}

export function structuralSignals(f: FieldFeatures): Signal[] {
  const signals: Signal[] = [];
  const hint = autocompleteHint(f.autocomplete);
  if (hint !== null) signals.push(signal(hint.category, AUTOCOMPLETE_WEIGHT, `autocomplete=${hint.token}`));
  const typeCategory = TYPE_SIGNALS.get(f.type);
  if (typeCategory !== undefined) signals.push(signal(typeCategory, TYPE_WEIGHT, `type=${f.type}`));
  if (f.inputmode === 'tel') signals.push(signal('phone', INPUTMODE_WEIGHT, 'inputmode=tel'));
  if (f.inputmode === 'email') signals.push(signal('email', INPUTMODE_WEIGHT, 'inputmode=email'));
  return [...signals, ...lengthSignals(f), ...maskSignals(f), ...captureSignals(f)];
}
