/**
 * Finds every form field in the document and its open shadow roots, now and as the page adds them
 * (multi-step wizards, SPA routes), and reports each once. Typed values are watched on classified
 * fields only, and only sent for leak matching. It is injected once the page has loaded (see
 * src/relay/after-load.ts), so the page's load never waits for the classifier.
 */
import { FIELD_SELECTOR, isFieldElement } from '../observe/fields';
import type { DomEvent } from '../schema/dom-events';
import { reportField } from './field-report';

/** A page with more fields than this is adversarial or broken; the rest are not classified. */
export const MAX_FIELDS_PER_DOCUMENT = 600;
const MAX_SHADOW_SCAN = 20_000;
const RESCAN_DELAY_MS = 250;
const TYPED_DELAY_MS = 400;

export function watchFields(doc: Document, emit: (event: DomEvent) => void): void {
  const seen = new WeakSet<Element>();
  const classified = new WeakMap<Element, Extract<DomEvent, { type: 'field' }>>();
  const forms = new Set<string>();
  const observed = new WeakSet<Node>();
  let fieldCount = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const consider = (el: Element): void => {
    if (seen.has(el) || fieldCount >= MAX_FIELDS_PER_DOCUMENT) return;
    seen.add(el);
    fieldCount += 1;
    const report = reportField(el);
    if (report.classified) classified.set(el, report.classified);
    for (const event of report.events) {
      if (event.type === 'form') {
        const key = `${event.action}|${event.method}`;
        if (forms.has(key)) continue;
        forms.add(key);
      }
      emit(event);
    }
  };
  const scanRoot = (root: Document | ShadowRoot): void => {
    for (const el of Array.from(root.querySelectorAll(FIELD_SELECTOR))) consider(el);
    const all = root.querySelectorAll('*');
    for (let i = 0; i < all.length && i < MAX_SHADOW_SCAN; i += 1) {
      const shadow = all[i]?.shadowRoot;
      if (shadow) {
        observe(shadow);
        scanRoot(shadow);
      }
    }
  };
  const schedule = (): void => {
    if (timer === null) timer = setTimeout(() => { timer = null; scanRoot(doc); }, RESCAN_DELAY_MS);
  };
  // Added fields are looked at in the mutation callback itself: a wizard may replace a step before
  // any debounced rescan, and fields left at their default value never get an input event.
  const onMutations = (records: MutationRecord[]): void => {
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        if (!(node instanceof Element)) continue;
        if (isFieldElement(node)) consider(node);
        for (const el of Array.from(node.querySelectorAll(FIELD_SELECTOR))) consider(el);
      }
    }
    schedule();
  };
  const mutations = new MutationObserver(onMutations);
  const observe = (root: Node): void => {
    if (observed.has(root)) return;
    observed.add(root);
    mutations.observe(root, { childList: true, subtree: true });
  };
  const pending = new WeakMap<Element, ReturnType<typeof setTimeout>>();
  const sendValueLater = (target: Element, field: Extract<DomEvent, { type: 'field' }>): void => {
    const previous = pending.get(target);
    if (previous) clearTimeout(previous);
    pending.set(target, setTimeout(() => {
      const value = 'value' in target ? target.value : null;
      if (typeof value === 'string' && value.length > 0) {
        emit({ type: 'typed', category: field.category, label: field.label, selector: field.selector, value: value.slice(0, 200) });
      }
    }, TYPED_DELAY_MS));
  };
  const onInput = (event: Event): void => {
    const target = event.composedPath()[0];
    if (!(target instanceof Element)) return;
    // A field typed into before the next rescan (a wizard step that just appeared) is classified now.
    if (!seen.has(target) && isFieldElement(target)) consider(target);
    const field = classified.get(target);
    if (field) sendValueLater(target, field);
  };
  doc.addEventListener('input', onInput, true);
  doc.addEventListener('change', onInput, true);
  observe(doc);
  scanRoot(doc);
  // This scanner arrives after the page has loaded: a value typed before then is sent as if typed now.
  for (const el of Array.from(doc.querySelectorAll(FIELD_SELECTOR))) {
    const field = classified.get(el);
    if (field && changedByUser(el)) sendValueLater(el, field);
  }
}

/** A text field whose value differs from the one the page's markup gave it. */
function changedByUser(el: Element): boolean {
  return (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) && el.value.length > 0 && el.value !== el.defaultValue;
}
