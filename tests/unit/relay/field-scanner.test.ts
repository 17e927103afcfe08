// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { FIRST_SCAN_LATEST_MS, watchFields } from '../../../src/relay/field-scanner';
import type { DomEvent } from '../../../src/schema/dom-events';

const FORM = '<form action="/apply" method="post"><label>Телефон <input type="tel" name="phone"></label></form>';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function pageStillLoading(): void {
  document.body.innerHTML = FORM;
  Object.defineProperty(document, 'readyState', { value: 'interactive', configurable: true });
}

afterEach(() => {
  Object.defineProperty(document, 'readyState', { value: 'complete', configurable: true });
});

describe('field scanner', () => {
  it('scans at once when the page has loaded', () => {
    document.body.innerHTML = FORM;
    const events: DomEvent[] = [];
    watchFields(document, (event) => events.push(event));
    expect(events.filter((event) => event.type === 'field').map((event) => event.category)).toEqual(['phone']);
  });

  it('leaves the first scan until the page has loaded', async () => {
    pageStillLoading();
    const events: DomEvent[] = [];
    watchFields(document, (event) => events.push(event));
    await sleep(20);
    expect(events).toEqual([]);
    window.dispatchEvent(new Event('load'));
    await sleep(20);
    expect(events.some((event) => event.type === 'field' && event.category === 'phone')).toBe(true);
  });

  it('scans anyway when the load drags on', async () => {
    pageStillLoading();
    const events: DomEvent[] = [];
    watchFields(document, (event) => events.push(event));
    await sleep(FIRST_SCAN_LATEST_MS + 100);
    expect(events.some((event) => event.type === 'field' && event.category === 'phone')).toBe(true);
  });
});
