/**
 * When the isolated world's heavier work may start: once the page has loaded, so the page's own load
 * does not wait for it, or after AFTER_LOAD_LATEST_MS on a page whose load drags on (a slow pixel), so
 * a form submitted early is still seen. A page stopping the load event from reaching us only costs the wait.
 */
export const AFTER_LOAD_LATEST_MS = 1000;

export function afterLoad(doc: Document, run: () => void): void {
  let started = false;
  const once = (): void => {
    if (started) return;
    started = true;
    run();
  };
  const view = doc.defaultView;
  if (doc.readyState === 'complete' || !view) {
    once();
    return;
  }
  view.addEventListener('load', () => view.setTimeout(once, 0), { once: true });
  view.setTimeout(once, AFTER_LOAD_LATEST_MS);
}
