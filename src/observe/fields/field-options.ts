/**
 * The choices a field offers: <option>s of a <select>, or role=option items of the listbox a custom
 * combobox controls. A select's empty-valued first option («Выберите…») is its placeholder.
 */
import { isSelectElement, type SearchRoot } from './dom-guards';
import { OPTION_LIMIT, OPTION_TEXT_LIMIT } from './features';
import { boundedText } from './text-bounds';

export interface FieldChoices {
  readonly options: string[];
  readonly placeholder: string;
}

const NO_CHOICES: FieldChoices = { options: [], placeholder: '' };

export function fieldChoices(el: Element, root: SearchRoot | null): FieldChoices {
  if (isSelectElement(el)) return selectChoices(el);
  return listboxChoices(el, root);
}

function selectChoices(select: HTMLSelectElement): FieldChoices {
  const options: string[] = [];
  let placeholder = '';
  const count = Math.min(select.options.length, OPTION_LIMIT);
  for (let index = 0; index < count; index += 1) {
    const option = select.options.item(index);
    if (option === null) continue;
    const text = boundedText(option, { limit: OPTION_TEXT_LIMIT });
    if (text === '') continue;
    if (index === 0 && option.getAttribute('value') === '') placeholder = text;
    else options.push(text);
  }
  return { options, placeholder };
}

function listboxChoices(el: Element, root: SearchRoot | null): FieldChoices {
  const listId = (el.getAttribute('aria-controls') ?? el.getAttribute('aria-owns') ?? '').trim().split(/\s+/, 1)[0] ?? '';
  if (root === null || listId === '' || listId.length > OPTION_TEXT_LIMIT) return NO_CHOICES;
  const list = root.getElementById(listId);
  if (list === null) return NO_CHOICES;
  const items = list.querySelectorAll('[role="option"]');
  const options: string[] = [];
  for (let index = 0; index < Math.min(items.length, OPTION_LIMIT); index += 1) {
    const item = items.item(index);
    const text = item === null ? '' : boundedText(item, { limit: OPTION_TEXT_LIMIT });
    if (text !== '') options.push(text);
  }
  return { options, placeholder: '' };
}
