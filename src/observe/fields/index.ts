/** Form-field classifier: which data category a field collects, in Russian, Kazakh and English. */
export type { FieldFeatures, FieldForm, FieldTag, FieldText, TextSource } from './features';
export { extractFieldFeatures } from './extract';
export { classifyField, type Confidence, type FieldClassification } from './classify';
export { isConsentCheckbox, isPrechecked } from './consent';
export { FIELD_SELECTOR, isFieldElement } from './dom-guards';
