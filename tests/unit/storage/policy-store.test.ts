import { describe, expect, it } from 'vitest';
import { memoryArea } from '../../../src/storage/area';
import { createPolicyStore, POLICY_BUDGET_BYTES } from '../../../src/storage/policy-store';

const text = (chars: number) => 'Политика конфиденциальности. '.repeat(Math.ceil(chars / 29)).slice(0, chars);
let tick = 0;
const clock = () => new Date(Date.UTC(2026, 10, 21, 9, 0, tick++));

describe('policy store budget', () => {
  it('lets the oldest discovered policies make room, never attached ones', async () => {
    const store = createPolicyStore(memoryArea(), clock);
    const third = POLICY_BUDGET_BYTES / 2 / 3;
    expect((await store.attach('a.kz', { text: text(third), source: 'https://a.kz/p', origin: 'discovered' })).ok).toBe(true);
    expect((await store.attach('b.kz', { text: text(third), source: 'pasted', origin: 'attached' })).ok).toBe(true);
    expect((await store.attach('c.kz', { text: text(third), source: 'https://c.kz/p', origin: 'discovered' })).ok).toBe(true);
    expect((await store.attach('d.kz', { text: text(third), source: 'https://d.kz/p', origin: 'discovered' })).ok).toBe(true);
    expect((await store.list()).map((p) => p.site).sort()).toEqual(['b.kz', 'c.kz', 'd.kz']);
  });

  it('refuses an attached policy when only attached ones fill the budget', async () => {
    const store = createPolicyStore(memoryArea(), clock);
    const half = POLICY_BUDGET_BYTES / 2 / 2;
    await store.attach('a.kz', { text: text(half), source: 'pasted', origin: 'attached' });
    await store.attach('b.kz', { text: text(half), source: 'pasted', origin: 'attached' });
    const refused = await store.attach('c.kz', { text: text(1000), source: 'pasted', origin: 'attached' });
    expect(refused).toMatchObject({ ok: false, code: 'store_full' });
    expect((await store.list())).toHaveLength(2);
  });
});
