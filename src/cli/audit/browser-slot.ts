/**
 * One browser per worker, so sites audited in parallel never share cookies or the extension's state.
 * 'fresh-profile' launches a new Chromium (new temporary profile) for every site; 'shared-profile'
 * keeps one per worker and deletes every cookie between sites (the extension groups observations
 * by site, and site storage and HTTP cache are partitioned by top-level site in Chromium).
 * bench/cli-speed.ts measures both; the command line uses ISOLATION.
 */
import type { AuditBrowser } from '../launch';

export type Isolation = 'fresh-profile' | 'shared-profile';

export interface BrowserSlot {
  use<T>(work: (browser: AuditBrowser) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export function createBrowserSlot(launch: () => Promise<AuditBrowser>, isolation: Isolation): BrowserSlot {
  let current: { browser: AuditBrowser; alive: boolean } | null = null;
  const open = async () => {
    if (current?.alive) return current.browser;
    const browser = await launch();
    const slot = { browser, alive: true };
    // A crashed Chromium closes its context; the next site then gets a new one instead of failing too.
    browser.context.on('close', () => { slot.alive = false; });
    current = slot;
    return browser;
  };
  const close = async () => {
    const closing = current;
    current = null;
    if (closing) await closing.browser.close().catch(() => undefined);
  };
  return {
    async use(work) {
      const browser = await open();
      try {
        if (isolation === 'shared-profile') await browser.context.clearCookies();
        return await work(browser);
      } finally {
        if (isolation === 'fresh-profile') await close();
      }
    },
    close,
  };
}
