/** Batches events for the background, which re-validates everything it receives. */
import type { DomEvent } from '../schema/dom-events';
import type { RuntimeRequest } from '../schema/messages';
import { MAX_EVENTS_PER_MESSAGE, type PageEvent } from '../schema/page-events';
import { parsePageEvent } from './page-receiver';
import { sendWithRetry } from './retry';

export const BATCH_DELAY_MS = 50;

export type Send = (message: RuntimeRequest) => Promise<unknown>;

export interface Forwarder {
  /** A page hook's claim as received (JSON text), parsed when its batch is sent. */
  page(claim: string): void;
  dom(event: DomEvent): void;
}

/** `toMessage` turns a batch into one message, or null when nothing in it is worth sending. */
function batcher<E>(send: Send, toMessage: (events: E[]) => RuntimeRequest | null, urgent: (event: E) => boolean) {
  let queue: E[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    while (queue.length > 0) {
      const message = toMessage(queue.slice(0, MAX_EVENTS_PER_MESSAGE));
      if (message) sendWithRetry(() => send(message));
      queue = queue.slice(MAX_EVENTS_PER_MESSAGE);
    }
  };
  return (event: E): void => {
    queue.push(event);
    if (urgent(event)) flush();
    else if (timer === null) timer = setTimeout(flush, BATCH_DELAY_MS);
  };
}

function isPageEvent(event: PageEvent | null): event is PageEvent {
  return event !== null;
}

/** Claims that fail to parse are dropped here. */
function pageEventsMessage(claims: readonly string[]): RuntimeRequest | null {
  const events = claims.map(parsePageEvent).filter(isPageEvent);
  return events.length > 0 ? { type: 'page-events', events } : null;
}

/**
 * Device requests go at once: the page may navigate away right after asking. The claim is still
 * text, so its opening tells (the hooks write `type` first); a page that fakes it only flushes sooner.
 */
function isDeviceClaim(claim: string): boolean {
  return claim.startsWith('{"type":"device"');
}

export function createForwarder(send: Send): Forwarder {
  return {
    page: batcher<string>(send, pageEventsMessage, isDeviceClaim),
    dom: batcher<DomEvent>(send, (events) => ({ type: 'dom-events', events }), (event) => event.type === 'typed'),
  };
}
