import { describe, expect, it } from 'vitest';
import { settleDiscovery } from '../../../src/background/settle-discovery';

describe('waiting for a policy search', () => {
  it('returns once the search is no longer running', async () => {
    const states = ['searching', 'searching', 'choose'];
    let asked = 0;
    await settleDiscovery(async () => ({ status: states[Math.min(asked++, states.length - 1)] ?? 'unknown' }), 'a.kz', 10_000, async () => undefined);
    expect(asked).toBe(3);
  });

  it('gives up after its bound when a search never ends', async () => {
    let asked = 0;
    await settleDiscovery(async () => { asked += 1; return { status: 'searching' }; }, 'a.kz', 1000, async () => undefined);
    expect(asked).toBe(5);
  });
});
