/** Batches parsed page events and sends them to the background, which re-validates everything. */
import { MAX_EVENTS_PER_MESSAGE, type PageEvent, type RuntimeRequest } from '../schema/messages';

export const BATCH_DELAY_MS = 50;

export type Send = (message: RuntimeRequest) => Promise<unknown>;

export interface Forwarder {
  push(event: PageEvent): void;
}

export function createForwarder(send: Send): Forwarder {
  let queue: PageEvent[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  const deliver = (events: PageEvent[], retriesLeft: number): void => {
    send({ type: 'page-events', events }).catch(() => {
      // The worker may be starting up; one retry covers the wake-up, after that the page is gone.
      if (retriesLeft > 0) setTimeout(() => deliver(events, retriesLeft - 1), 200);
    });
  };
  const flush = (): void => {
    timer = null;
    while (queue.length > 0) {
      deliver(queue.slice(0, MAX_EVENTS_PER_MESSAGE), 2);
      queue = queue.slice(MAX_EVENTS_PER_MESSAGE);
    }
  };
  return {
    push(event) {
      queue.push(event);
      // Device requests are sent at once: the page may navigate away right after asking.
      if (event.type === 'device') flush();
      else if (timer === null) timer = setTimeout(flush, BATCH_DELAY_MS);
    },
  };
}
