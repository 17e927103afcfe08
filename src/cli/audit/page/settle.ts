/**
 * Waiting for a page to finish what it starts on its own: trackers load late and batch their hits,
 * so "loaded" is not enough. Quiet means no request started or finished for `quietMs`; requests
 * that hang (long polling, streams) stop counting after `stuckMs`, and `maxMs` bounds the wait.
 */
import type { Page, Request } from '@playwright/test';

export interface Quiet { quietMs: number; maxMs: number }

/** After a page load: trackers often chain (tag manager → tags → beacons). */
export const AFTER_LOAD: Quiet = { quietMs: 2000, maxMs: 15_000 };
/** After a click or a scroll: only what that one action set off. */
export const AFTER_ACTION: Quiet = { quietMs: 600, maxMs: 6000 };
const STUCK_MS = 5000;
const POLL_MS = 100;

export async function waitForQuiet(page: Page, quiet: Quiet): Promise<boolean> {
  const started = Date.now();
  let lastEvent = started;
  const inFlight = new Map<Request, number>();
  const onStart = (request: Request): void => { inFlight.set(request, Date.now()); lastEvent = Date.now(); };
  const onEnd = (request: Request): void => { inFlight.delete(request); lastEvent = Date.now(); };
  page.on('request', onStart);
  page.on('requestfinished', onEnd);
  page.on('requestfailed', onEnd);
  try {
    while (!page.isClosed()) {
      const now = Date.now();
      const busy = [...inFlight.values()].some((since) => now - since < STUCK_MS);
      if (!busy && now - lastEvent >= quiet.quietMs) return true;
      if (now - started >= quiet.maxMs) return false;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    return false;
  } finally {
    page.off('request', onStart);
    page.off('requestfinished', onEnd);
    page.off('requestfailed', onEnd);
  }
}

/** Scrolls to the bottom in screen-sized steps (lazy content loads as it comes into view) and back. */
export async function scrollThrough(page: Page): Promise<void> {
  // No named helpers inside: tsx wraps them in a __name() call that does not exist in the page.
  await page.evaluate(async () => {
    for (let step = 0; step < 40 && window.scrollY + window.innerHeight < document.documentElement.scrollHeight - 2; step += 1) {
      window.scrollBy(0, Math.round(window.innerHeight * 0.8));
      await new Promise((resolve) => setTimeout(resolve, 120));
    }
    window.scrollTo(0, 0);
  });
}
