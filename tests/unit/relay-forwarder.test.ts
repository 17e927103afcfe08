/** The relay's batches: page claims are parsed when a batch is sent, and only what parses is sent. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BATCH_DELAY_MS, createForwarder } from '../../src/relay/forwarder';
import type { RuntimeRequest } from '../../src/schema/messages';

const geo = { type: 'device', api: 'geolocation.getCurrentPosition', gesture: false, count: 1 };
const cookie = { type: 'cookie-write', name: 'sid', attributes: 'path=/', count: 1 };
const read = { type: 'api-read', api: 'navigator.platform', count: 1 };

function recorder() {
  const sent: RuntimeRequest[] = [];
  return { sent, send: (message: RuntimeRequest) => { sent.push(message); return Promise.resolve(); } };
}

describe('relay forwarder', () => {
  beforeEach(() => { vi.useFakeTimers(); });
  afterEach(() => { vi.useRealTimers(); });

  it('holds claims until the batch delay and sends them parsed, dropping the malformed', () => {
    const { sent, send } = recorder();
    const forward = createForwarder(send);
    forward.page(JSON.stringify(cookie));
    forward.page('{"type":"cookie-write"');
    forward.page(JSON.stringify({ ...read, api: 'navigator.credentials' }));
    forward.page(JSON.stringify(read));
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(BATCH_DELAY_MS);
    expect(sent).toEqual([{ type: 'page-events', events: [cookie, read] }]);
  });

  it('sends a device request at once, with what was queued before it', () => {
    const { sent, send } = recorder();
    const forward = createForwarder(send);
    forward.page(JSON.stringify(cookie));
    forward.page(JSON.stringify(geo));
    expect(sent).toEqual([{ type: 'page-events', events: [cookie, geo] }]);
  });

  it('sends nothing for a batch in which nothing parses', () => {
    const { sent, send } = recorder();
    const forward = createForwarder(send);
    forward.page('{"type":"device","api":"fetch"}');
    forward.page('not json');
    vi.advanceTimersByTime(BATCH_DELAY_MS);
    expect(sent).toEqual([]);
  });

  it('splits a flood into messages of at most fifty events', () => {
    const { sent, send } = recorder();
    const forward = createForwarder(send);
    for (let i = 0; i < 120; i += 1) forward.page(JSON.stringify({ ...cookie, name: `c${i}` }));
    vi.advanceTimersByTime(BATCH_DELAY_MS);
    const sizes = sent.map((message) => (message.type === 'page-events' ? message.events.length : -1));
    expect(sizes).toEqual([50, 50, 20]);
  });
});
