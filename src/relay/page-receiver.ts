/**
 * Isolated-world end of the private page channel (see src/page/channel.ts). Takes the first hello
 * only, acknowledges it, and from then on accepts only claims on the private name, within a byte
 * budget. A claim is handed on as text and parsed with `parsePageEvent` when it is forwarded: parsing
 * here would run inside the page script that made the call, while the page is still loading.
 */
import { ACK, ASK_EVENT, HELLO_EVENT } from '../page/channel';
import { PageEvent } from '../schema/page-events';

/** A page script that floods the channel is cut off after this many bytes of events per page. */
export const MAX_CHANNEL_BYTES = 1024 * 1024;

function detailOf(event: Event): unknown {
  return 'detail' in event ? (event as CustomEvent<unknown>).detail : undefined;
}

export function parsePageEvent(raw: unknown): PageEvent | null {
  if (typeof raw !== 'string' || raw.length > 4096) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  const parsed = PageEvent.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export function listenToPage(doc: Document, onClaim: (claim: string) => void): void {
  let name: string | null = null;
  let budget = MAX_CHANNEL_BYTES;
  const onMessage = (event: Event): void => {
    const raw = detailOf(event);
    if (raw === ACK || typeof raw !== 'string') return;
    budget -= raw.length;
    if (budget < 0) return;
    onClaim(raw);
  };
  const onHello = (event: Event): void => {
    const announced = detailOf(event);
    if (name !== null || typeof announced !== 'string' || !/^la-[0-9a-z]{4,60}$/.test(announced)) return;
    name = announced;
    doc.removeEventListener(HELLO_EVENT, onHello, true);
    doc.addEventListener(name, onMessage, true);
    doc.dispatchEvent(new CustomEvent(name, { detail: ACK }));
  };
  doc.addEventListener(HELLO_EVENT, onHello, true);
  doc.dispatchEvent(new CustomEvent(ASK_EVENT));
  // document.open() erases every listener on the document, in every world, and replaces its root;
  // the page's hooks live on and keep reporting on the same name, so listen again. (Adding a listener
  // that is still registered does nothing.)
  new MutationObserver(() => {
    if (name === null) doc.addEventListener(HELLO_EVENT, onHello, true);
    else doc.addEventListener(name, onMessage, true);
  }).observe(doc, { childList: true });
}
