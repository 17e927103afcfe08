/**
 * What the classifier knows about one form field: plain, serialisable data read from the DOM by
 * `extractFieldFeatures`, so classification can run (and be tested) without a document.
 */

/** Native control, or a custom widget recognised by its ARIA role. */
export type FieldTag = 'input' | 'select' | 'textarea' | 'custom';

/** Where a human-readable text describing the field came from, most to least specific. */
export type TextSource =
  | 'label' | 'aria-labelledby' | 'aria-label' | 'placeholder' | 'title' | 'nearby' | 'legend';

export interface FieldText {
  readonly source: TextSource;
  readonly text: string;
}

export interface FieldForm {
  /** Absolute URL the form submits to ('' when it cannot be resolved). */
  readonly action: string;
  /** 'get' | 'post' | 'dialog' (HTML's default 'get' when missing or invalid). */
  readonly method: string;
}

export interface FieldFeatures {
  readonly tag: FieldTag;
  /** Input type as the browser normalises it, 'select-one', 'textarea', or the custom widget's role. */
  readonly type: string;
  readonly role: string;
  readonly name: string;
  readonly id: string;
  readonly autocomplete: string;
  readonly inputmode: string;
  readonly pattern: string;
  readonly maxLength: number | null;
  readonly minLength: number | null;
  /** Raw value of an input-mask attribute (data-mask, data-inputmask, …), '' when none. */
  readonly mask: string;
  readonly texts: readonly FieldText[];
  /** Visible texts of the choices of a select or custom combobox. */
  readonly options: readonly string[];
  readonly accept: string;
  readonly capture: string;
  /** Current state (checkboxes, radios, switches). */
  readonly checked: boolean;
  /** Checked in the markup, i.e. before anyone touched it. */
  readonly defaultChecked: boolean;
  readonly form: FieldForm | null;
}

/** Limits that keep an adversarial page from making us copy or scan megabytes. */
export const TEXT_LIMIT = 200;
export const URL_LIMIT = 500;
export const OPTION_LIMIT = 30;
export const OPTION_TEXT_LIMIT = 80;
export const LABELLEDBY_ID_LIMIT = 5;
export const LABEL_FOR_LIMIT = 3;
export const NODE_VISIT_LIMIT = 400;
