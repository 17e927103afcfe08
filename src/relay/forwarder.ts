/** Batches events for the background, which re-validates everything it receives. */
import type { DomEvent } from '../schema/dom-events';
import type { RuntimeRequest } from '../schema/messages';
import { MAX_EVENTS_PER_MESSAGE, type PageEvent } from '../schema/page-events';
import { sendWithRetry } from './retry';

export const BATCH_DELAY_MS = 50;

export type Send = (message: RuntimeRequest) => Promise<unknown>;

export interface Forwarder {
  page(event: PageEvent): void;
  dom(event: DomEvent): void;
}

function batcher<E>(send: (events: E[]) => Promise<unknown>, urgent: (event: E) => boolean) {
  let queue: E[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    while (queue.length > 0) {
      const events = queue.slice(0, MAX_EVENTS_PER_MESSAGE);
      sendWithRetry(() => send(events));
      queue = queue.slice(MAX_EVENTS_PER_MESSAGE);
    }
  };
  return (event: E): void => {
    queue.push(event);
    if (urgent(event)) flush();
    else if (timer === null) timer = setTimeout(flush, BATCH_DELAY_MS);
  };
}

export function createForwarder(send: Send): Forwarder {
  return {
    // Device requests go at once: the page may navigate away right after asking.
    page: batcher<PageEvent>((events) => send({ type: 'page-events', events }), (event) => event.type === 'device'),
    dom: batcher<DomEvent>((events) => send({ type: 'dom-events', events }), (event) => event.type === 'typed'),
  };
}
