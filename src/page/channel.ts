/**
 * The private channel from the page world to the extension's isolated world.
 *
 * Both content scripts run at document_start, before any page script, in either order. The hooks
 * announce a random event name synchronously (`hello`), and answer one `ask` from the relay in case
 * the relay started second. A synchronous dispatch before page scripts exist cannot be overheard,
 * and a page that later sends its own hello or ask is ignored, since each side takes only the first.
 * The relay acknowledges on the private name, after which the hooks stop answering asks, so a page
 * cannot ask later and overhear the name.
 */
import type { Builtins } from './builtins';

export const HELLO_EVENT = 'lender-auditor:hello';
export const ASK_EVENT = 'lender-auditor:ask';
export const ACK = 'ack';

export interface PageChannel {
  send(message: unknown): void;
}

/** An event name no page can guess. */
export function randomName(b: Builtins): string {
  const words = b.getRandomValues(new Uint32Array(4));
  let name = 'la-';
  for (const word of words) name += word.toString(36);
  return name;
}

/**
 * The event's init dictionary without a prototype: CustomEvent reads `bubbles`, `cancelable` and
 * `composed` through the prototype chain, where a page-defined throwing getter would stop the report.
 */
function eventInit(b: Builtins, detail: string): CustomEventInit<string> {
  return b.assign(b.create(null) as CustomEventInit<string>, { detail });
}

export function openPageChannel(b: Builtins): PageChannel {
  const name = randomName(b);
  const target = b.document;
  const announce = (): void => {
    b.apply(b.dispatchEvent, target, [new b.CustomEvent(HELLO_EVENT, eventInit(b, name))]);
  };
  const onAsk = (): void => announce();
  const onAck = (event: Event): void => {
    if ((event as CustomEvent<unknown>).detail !== ACK) return;
    b.apply(b.removeEventListener, target, [ASK_EVENT, onAsk, true]);
    b.apply(b.removeEventListener, target, [name, onAck, true]);
  };
  b.apply(b.addEventListener, target, [ASK_EVENT, onAsk, true]);
  b.apply(b.addEventListener, target, [name, onAck, true]);
  announce();
  return {
    send(message) {
      // A null-prototype copy: JSON.stringify would otherwise call a page-defined Object.prototype.toJSON.
      const detail = b.stringify(b.assign(b.create(null), message));
      b.apply(b.dispatchEvent, target, [new b.CustomEvent(name, eventInit(b, detail))]);
    },
  };
}
