/**
 * Waits, bounded, while a policy search for a site is under way, so a report collected right after a
 * page loaded (the command line) says which policy was found rather than that a search was running.
 */
export const SETTLE_TIMEOUT_MS = 25_000;
const STEP_MS = 200;

export async function settleDiscovery(searchState: (site: string) => Promise<{ status: string }>, site: string,
  timeoutMs = SETTLE_TIMEOUT_MS, sleep = (ms: number) => new Promise((done) => setTimeout(done, ms))): Promise<void> {
  for (let waited = 0; waited < timeoutMs; waited += STEP_MS) {
    if ((await searchState(site)).status !== 'searching') return;
    await sleep(STEP_MS);
  }
}
