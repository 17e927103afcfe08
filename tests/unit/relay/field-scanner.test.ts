// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { watchFields } from '../../../src/relay/field-scanner';
import type { DomEvent } from '../../../src/schema/dom-events';

const FORM = '<form action="/apply" method="post"><label>Телефон <input type="tel" name="phone"></label>'
  + '<label>Город <input type="text" name="city" value="Алматы"></label></form>';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('field scanner', () => {
  it('scans at once: it is injected only after the page has loaded', () => {
    document.body.innerHTML = FORM;
    const events: DomEvent[] = [];
    watchFields(document, (event) => events.push(event));
    expect(events.filter((event) => event.type === 'field').map((event) => event.category)).toContain('phone');
  });

  it('sends a value typed before it arrived, and not a value the markup gave', async () => {
    document.body.innerHTML = FORM;
    const phone = document.querySelector('input[name=phone]');
    if (!(phone instanceof HTMLInputElement)) throw new Error('fixture has no phone field');
    phone.value = '+7 701 555 12 34';
    const events: DomEvent[] = [];
    watchFields(document, (event) => events.push(event));
    await sleep(600);
    expect(events.filter((event) => event.type === 'typed').map((event) => event.type === 'typed' && event.value)).toEqual(['+7 701 555 12 34']);
  });
});
