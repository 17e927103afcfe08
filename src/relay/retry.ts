/** Sends to the worker, trying again while a sleeping worker wakes; after that the page is gone. */
const RETRY_DELAY_MS = 200;
const RETRIES = 2;

export function sendWithRetry(attempt: () => Promise<unknown>, retriesLeft = RETRIES): void {
  attempt().catch(() => {
    if (retriesLeft > 0) setTimeout(() => sendWithRetry(attempt, retriesLeft - 1), RETRY_DELAY_MS);
  });
}
