/**
 * The texts of a field the lexicons are matched against, each folded once and weighted by how
 * directly it describes the field: a <label> says more than a nearby caption or a fieldset legend.
 */
import { OPTION_LIMIT, OPTION_TEXT_LIMIT, TEXT_LIMIT, type FieldFeatures, type TextSource } from './features';
import { foldIdentifier, foldText } from './fold';
import { attributeValue, quote } from './signal';
import { clipText } from './text-bounds';

export interface Subject {
  readonly folded: string;
  readonly weight: number;
  /** Matched by ordinary phrases (labels, identifiers). */
  readonly describesField: boolean;
  /** Matched by answer words (option texts, captions of radios and checkboxes). */
  readonly isChoice: boolean;
  /** Evidence line for a match at the given index of `folded`. */
  readonly describe: (matchIndex: number) => string;
}

const TEXT_WEIGHT: Readonly<Record<TextSource, number>> = {
  'label': 6, 'aria-labelledby': 6, 'aria-label': 6, 'placeholder': 5, 'title': 4, 'nearby': 3, 'legend': 2,
};
const TEXT_NAME: Readonly<Record<TextSource, string>> = {
  'label': 'label', 'aria-labelledby': 'aria-labelledby', 'aria-label': 'aria-label', 'placeholder': 'placeholder',
  'title': 'title', 'nearby': 'nearby text', 'legend': 'legend',
};
/** A fieldset legend over radios or checkboxes is the question they answer. */
const CHOICE_LEGEND_WEIGHT = 5;
const NAME_ATTRIBUTE_WEIGHT = 4;
const ID_ATTRIBUTE_WEIGHT = 3;
const OPTIONS_WEIGHT = 4;
const OPTION_SEPARATOR = ' ; ';
/** Extraction yields at most one text per source kind and a few labels; more is not from us. */
const MAX_TEXTS = 12;
const CHECKABLE_TYPES = new Set(['checkbox', 'radio', 'switch']);

export function isCheckable(f: FieldFeatures): boolean {
  return CHECKABLE_TYPES.has(f.type);
}

function textSubject(source: TextSource, raw: string, checkable: boolean): Subject {
  const text = clipText(raw, TEXT_LIMIT);
  const captionsChoice = checkable && source !== 'legend';
  return {
    folded: foldText(text),
    weight: checkable && source === 'legend' ? CHOICE_LEGEND_WEIGHT : TEXT_WEIGHT[source],
    describesField: true,
    isChoice: captionsChoice,
    describe: (index) => `${TEXT_NAME[source]} ${quote(text, index)}`,
  };
}

function identifierSubject(attribute: 'name' | 'id', raw: string, weight: number): Subject {
  const value = raw.slice(0, TEXT_LIMIT);
  return {
    folded: foldIdentifier(value),
    weight,
    describesField: true,
    isChoice: false,
    describe: () => `${attribute}=${attributeValue(value)}`,
  };
}

function optionsSubject(options: readonly string[]): Subject {
  const joined = options.slice(0, OPTION_LIMIT).map((option) => clipText(option, OPTION_TEXT_LIMIT)).join(OPTION_SEPARATOR);
  return {
    folded: foldText(joined),
    weight: OPTIONS_WEIGHT,
    describesField: false,
    isChoice: true,
    describe: (index) => `options ${quote(joined, index)}`,
  };
}

export function fieldSubjects(f: FieldFeatures): Subject[] {
  const checkable = isCheckable(f);
  const subjects = f.texts.slice(0, MAX_TEXTS).map((text) => textSubject(text.source, text.text, checkable));
  if (f.name !== '') subjects.push(identifierSubject('name', f.name, NAME_ATTRIBUTE_WEIGHT));
  if (f.id !== '' && f.id !== f.name) subjects.push(identifierSubject('id', f.id, ID_ATTRIBUTE_WEIGHT));
  if (f.options.length > 0) subjects.push(optionsSubject(f.options));
  return subjects.filter((subject) => subject.folded !== '');
}
