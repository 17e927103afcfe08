/**
 * Chromium's one offscreen document, shared by everything the background hands to it (PDFs to read,
 * policies to parse). It is opened by the first request and closed once the last has settled, which
 * also stops a job that overran its time.
 */

/** Opens and closes the one offscreen document; open() must accept a document left open by an earlier worker. */
export interface OffscreenHost { open(): Promise<void>; close(): Promise<void> }

export class OffscreenTimeout extends Error {}

export interface OffscreenSession {
  /** Runs `exchange` with the document open; rejects with OffscreenTimeout after `timeoutMs`. */
  ask(exchange: () => Promise<unknown>, timeoutMs: number): Promise<unknown>;
}

/** What a client of the document (the PDF reader, the parser) needs: the shared session and a way to send its requests. */
export interface OffscreenClientDeps<Request> {
  session: OffscreenSession;
  send(request: Request): Promise<unknown>;
  timeoutMs?: number;
}

export function createOffscreenSession(host: OffscreenHost): OffscreenSession {
  let users = 0;
  let opened: Promise<void> | null = null;
  let closed: Promise<void> = Promise.resolve();

  function release(): void {
    users -= 1;
    if (users > 0) return;
    opened = null;
    closed = host.close().catch(() => undefined);
  }

  /** `expired` tells a request that timed out while the document was opening: it is not sent into a later one. */
  async function inDocument(exchange: () => Promise<unknown>, expired: () => boolean): Promise<unknown> {
    opened ??= closed.then(() => host.open());
    await opened;
    return expired() ? undefined : exchange();
  }

  return {
    async ask(exchange, timeoutMs) {
      users += 1;
      let timer: ReturnType<typeof setTimeout> | undefined;
      let timedOut = false;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => { timedOut = true; reject(new OffscreenTimeout()); }, timeoutMs);
      });
      try {
        return await Promise.race([inDocument(exchange, () => timedOut), late]);
      } finally {
        clearTimeout(timer);
        release();
      }
    },
  };
}
