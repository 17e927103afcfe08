// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { AFTER_LOAD_LATEST_MS, afterLoad } from '../../../src/relay/after-load';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function pageStillLoading(): void {
  Object.defineProperty(document, 'readyState', { value: 'interactive', configurable: true });
}

afterEach(() => {
  Object.defineProperty(document, 'readyState', { value: 'complete', configurable: true });
});

describe('after the page has loaded', () => {
  it('runs at once when the page has loaded', () => {
    let runs = 0;
    afterLoad(document, () => { runs += 1; });
    expect(runs).toBe(1);
  });

  it('waits for the load event, then runs once', async () => {
    pageStillLoading();
    let runs = 0;
    afterLoad(document, () => { runs += 1; });
    await sleep(20);
    expect(runs).toBe(0);
    window.dispatchEvent(new Event('load'));
    await sleep(20);
    expect(runs).toBe(1);
    await sleep(AFTER_LOAD_LATEST_MS);
    expect(runs).toBe(1);
  });

  it('runs anyway when the load drags on', async () => {
    pageStillLoading();
    let runs = 0;
    afterLoad(document, () => { runs += 1; });
    await sleep(AFTER_LOAD_LATEST_MS + 100);
    expect(runs).toBe(1);
  });
});
