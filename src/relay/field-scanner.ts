/**
 * Finds every form field in the document and its open shadow roots, now and as the page adds them
 * (multi-step wizards, SPA routes), and reports each once. Typed values are watched on classified
 * fields only, and only sent for leak matching.
 */
import { FIELD_SELECTOR, isFieldElement } from '../observe/fields';
import type { DomEvent } from '../schema/dom-events';
import { reportField } from './field-report';

/** A page with more fields than this is adversarial or broken; the rest are not classified. */
export const MAX_FIELDS_PER_DOCUMENT = 600;
const MAX_SHADOW_SCAN = 20_000;
const RESCAN_DELAY_MS = 250;
const TYPED_DELAY_MS = 400;
export const FIRST_SCAN_LATEST_MS = 1000;

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
  // The first scan classifies every field, which is work the page's own load should not wait for:
  // it runs once the page has loaded, or after FIRST_SCAN_LATEST_MS on a page whose load drags on
  // (a slow pixel), so a form submitted early is still seen. Fields typed into before it are
  // classified as they are typed. Mutations are watched from the first scan on.
  let started = false;
  const start = (): void => {
    if (started) return;
    started = true;
    observe(doc);
    scanRoot(doc);
  };
  const view = doc.defaultView;
  if (doc.readyState === 'complete' || !view) start();
  else {
    view.addEventListener('load', () => view.setTimeout(start, 0), { once: true });
    view.setTimeout(start, FIRST_SCAN_LATEST_MS);
  }

  const pending = new WeakMap<Element, ReturnType<typeof setTimeout>>();
  const onInput = (event: Event): void => {
    const target = event.composedPath()[0];
    if (!(target instanceof Element)) return;
    // A field typed into before the next rescan (a wizard step that just appeared) is classified now.
    if (!seen.has(target) && isFieldElement(target)) consider(target);
    const field = classified.get(target);
    if (!field) return;
    const previous = pending.get(target);
    if (previous) clearTimeout(previous);
    pending.set(target, setTimeout(() => {
      const value = 'value' in target ? target.value : null;
      if (typeof value === 'string' && value.length > 0) {
        emit({ type: 'typed', category: field.category, label: field.label, selector: field.selector, value: value.slice(0, 200) });
      }
    }, TYPED_DELAY_MS));
  };
  doc.addEventListener('input', onInput, true);
  doc.addEventListener('change', onInput, true);
}
