// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { captureBuiltins } from '../../src/page/builtins';
import { HELLO_EVENT, openPageChannel } from '../../src/page/channel';
import { listenToPage, parsePageEvent } from '../../src/relay/page-receiver';

const geo = { type: 'device', api: 'geolocation.getCurrentPosition', gesture: false, count: 1 };

describe('private page channel', () => {
  it('connects whichever side starts first', () => {
    for (const relayFirst of [true, false]) {
      const doc = document.implementation.createHTMLDocument('x');
      const received: unknown[] = [];
      const b = { ...captureBuiltins(window as unknown as Window & typeof globalThis), document: doc };
      if (relayFirst) listenToPage(doc, (claim) => received.push(parsePageEvent(claim)));
      const channel = openPageChannel(b);
      if (!relayFirst) listenToPage(doc, (claim) => received.push(parsePageEvent(claim)));
      channel.send(geo);
      expect(received).toEqual([geo]);
    }
  });

  it('ignores a forged hello from the page after the real one', () => {
    const doc = document.implementation.createHTMLDocument('x');
    const received: string[] = [];
    listenToPage(doc, (claim) => received.push(claim));
    const channel = openPageChannel({ ...captureBuiltins(window as unknown as Window & typeof globalThis), document: doc });
    doc.dispatchEvent(new CustomEvent(HELLO_EVENT, { detail: 'la-forged' }));
    doc.dispatchEvent(new CustomEvent('la-forged', { detail: JSON.stringify(geo) }));
    channel.send(geo);
    expect(received).toHaveLength(1);
  });

  it('does not reveal the channel name to a page that asks after the handshake', () => {
    const doc = document.implementation.createHTMLDocument('x');
    listenToPage(doc, () => undefined);
    openPageChannel({ ...captureBuiltins(window as unknown as Window & typeof globalThis), document: doc });
    const overheard: unknown[] = [];
    doc.addEventListener(HELLO_EVENT, (event) => overheard.push((event as CustomEvent).detail));
    doc.dispatchEvent(new CustomEvent('lender-auditor:ask'));
    expect(overheard).toEqual([]);
  });

  it('rejects malformed and oversized events', () => {
    expect(parsePageEvent(JSON.stringify(geo))).toEqual(geo);
    expect(parsePageEvent('{')).toBeNull();
    expect(parsePageEvent(JSON.stringify({ ...geo, api: 'fetch' }))).toBeNull();
    expect(parsePageEvent(JSON.stringify({ ...geo, constraints: 'x'.repeat(5000) }))).toBeNull();
    expect(parsePageEvent(42)).toBeNull();
  });
});
