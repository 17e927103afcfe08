/**
 * Puts a canary value into one field the way a person would: focus, keystrokes, leave the field
 * (so key loggers and change handlers fire), trying the next candidate when the page refuses one.
 */
import type { ElementHandle } from '@playwright/test';
import type { CategoryId } from '../../../categories';
import { classifyField } from '../../../observe/fields';
import type { Canaries } from '../canary/canaries';
import { planField } from '../canary/shape';
import type { FieldOnPage } from '../page/scan-script';

export type FillOutcome =
  | { kind: 'typed'; category: CategoryId | null; label: string; value: string }
  | { kind: 'chosen' | 'ticked' | 'left' };

const ACTION_TIMEOUT = 3000;

function labelOf(field: FieldOnPage): string {
  return field.features.texts[0]?.text ?? (field.features.name || field.features.id || field.features.type);
}

async function isValid(handle: ElementHandle): Promise<boolean> {
  return handle.evaluate((el) => !('checkValidity' in el) || typeof el.checkValidity !== 'function' || el.checkValidity());
}

async function typeInto(handle: ElementHandle, value: string, format: string): Promise<void> {
  await handle.scrollIntoViewIfNeeded({ timeout: ACTION_TIMEOUT }).catch(() => undefined);
  if (format === 'date') {
    // A date control takes keystrokes in the browser's locale order; fill sets the ISO value and fires input.
    await handle.fill(value, { timeout: ACTION_TIMEOUT });
  } else {
    await handle.fill('', { timeout: ACTION_TIMEOUT });
    await handle.type(value, { timeout: ACTION_TIMEOUT });
  }
  await handle.evaluate((el) => {
    if (el instanceof HTMLElement) el.blur();
  });
}

/** A select with nothing chosen gets its first real option, so a required choice lets the step advance. */
async function choose(handle: ElementHandle): Promise<void> {
  const index = await handle.evaluate((el) => (el instanceof HTMLSelectElement
    ? Array.from(el.options).findIndex((option) => option.value !== '' && !option.disabled) : -1));
  if (index >= 0) await handle.selectOption({ index }, { timeout: ACTION_TIMEOUT });
}

/** Styled check boxes often hide the input under a label; a DOM click still toggles it. */
async function tick(handle: ElementHandle): Promise<void> {
  await handle.check({ timeout: ACTION_TIMEOUT }).catch(() => handle.evaluate((el) => {
    if (el instanceof HTMLElement) el.click();
  }));
}

export async function fillField(field: FieldOnPage, canaries: Canaries): Promise<FillOutcome> {
  if (!field.empty) return { kind: 'left' };
  const plan = planField(field.features);
  if (plan.kind === 'skip') return { kind: 'left' };
  if (plan.kind === 'select') {
    await choose(field.handle);
    return { kind: 'chosen' };
  }
  if (plan.kind === 'tick') {
    // Only boxes the form insists on: optional ones (newsletters, marketing) stay as the site left them.
    if (!field.required) return { kind: 'left' };
    await tick(field.handle);
    return { kind: 'ticked' };
  }
  const category = classifyField(field.features)?.category ?? null;
  const candidates = canaries.valuesFor(category, plan.shape);
  let value = candidates[0] ?? '';
  for (const candidate of candidates) {
    value = candidate;
    await typeInto(field.handle, candidate, plan.shape.format);
    if (await isValid(field.handle)) break;
  }
  return { kind: 'typed', category, label: labelOf(field), value };
}
