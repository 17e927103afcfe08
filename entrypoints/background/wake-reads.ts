/**
 * The reads a waking worker needs, started as the first thing its code does: this module is imported
 * before everything else, so the storage round trips run while the rest of the worker's code is still
 * being evaluated. It imports nothing heavy for the same reason.
 */
import { browser } from 'wxt/browser';
import { LEDGER_KEY } from '../../src/storage/ledger-key';

/** A file shipped inside the extension (never the network); a missing one is an error, not an empty body. */
export async function ownFile(file: string): Promise<Response> {
  const response = await fetch(new URL(file, browser.runtime.getURL('/')));
  if (!response.ok) throw new Error(`${file}: ${response.status}`);
  return response;
}

export const wakeReads = {
  /** Session storage holds only what a wake rebuilds (tab pages, typed values), so all of it is read. */
  session: browser.storage.session.get(null),
  ledger: browser.storage.local.get(LEDGER_KEY),
};
