/**
 * Tells whether a document's event listeners have been erased. `document.open()` (and a
 * `document.write()` into a closed document, which opens it) erases every listener on the document
 * and its window, in every world — the relay's among them, and with it the channel through which the
 * frame's own copy of the hooks reports. A listener of our own, on an event name no page can guess,
 * answers as long as that channel can still be heard.
 */
import type { Builtins } from './builtins';
import { randomName } from './channel';

/** Starts watching `doc`; the returned test is true until its listeners are erased, then false for good. */
export function listenersKept(b: Builtins, doc: object): () => boolean {
  const name = randomName(b);
  let heard = false;
  let erased = false;
  const listener = (): void => {
    heard = true;
  };
  b.apply(b.addEventListener, doc, [name, listener, true]);
  return () => {
    if (erased) return false;
    heard = false;
    b.apply(b.dispatchEvent, doc, [new b.CustomEvent(name)]);
    erased = !heard;
    return heard;
  };
}
