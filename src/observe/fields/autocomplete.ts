/**
 * The HTML autocomplete attribute: the page's own statement of what a field holds. Its last token
 * is the field name; earlier tokens (section-*, shipping, billing, home, work, mobile…) qualify it.
 */
import type { CategoryId } from '../../categories';

const AUTOCOMPLETE_CATEGORY: ReadonlyMap<string, CategoryId> = new Map<string, CategoryId>([
  ...tokens('name', ['name', 'honorific-prefix', 'given-name', 'additional-name', 'family-name', 'honorific-suffix', 'nickname']),
  ...tokens('credentials', ['current-password', 'new-password', 'one-time-code']),
  ...tokens('employment', ['organization', 'organization-title']),
  ...tokens('address', [
    'street-address', 'address-line1', 'address-line2', 'address-line3', 'address-level1', 'address-level2',
    'address-level3', 'address-level4', 'country', 'country-name', 'postal-code',
  ]),
  ...tokens('bank_card', [
    'cc-name', 'cc-given-name', 'cc-additional-name', 'cc-family-name', 'cc-number', 'cc-exp', 'cc-exp-month',
    'cc-exp-year', 'cc-csc', 'cc-type',
  ]),
  ...tokens('loan_terms', ['transaction-amount']),
  ...tokens('birth_date', ['bday', 'bday-day', 'bday-month', 'bday-year']),
  ...tokens('gender', ['sex']),
  ...tokens('phone', [
    'tel', 'tel-country-code', 'tel-national', 'tel-area-code', 'tel-local', 'tel-local-prefix', 'tel-local-suffix',
    'tel-extension',
  ]),
  ...tokens('email', ['email']),
  ...tokens('social_profile', ['impp']),
  ...tokens('face_image', ['photo']),
]);

function tokens(category: CategoryId, names: readonly string[]): Array<[string, CategoryId]> {
  return names.map((name) => [name, category]);
}

export interface AutocompleteHint {
  readonly category: CategoryId;
  readonly token: string;
}

/** The category the autocomplete attribute names, if it names one («off», «on» and junk do not). */
export function autocompleteHint(autocomplete: string): AutocompleteHint | null {
  const fieldToken = autocomplete.trim().toLowerCase().split(/\s+/).filter((token) => token !== 'webauthn').pop() ?? '';
  const category = AUTOCOMPLETE_CATEGORY.get(fieldToken);
  return category === undefined ? null : { category, token: fieldToken };
}
