import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { lazySchema } from '../../../src/schema/lazy-schema';
import { Observation } from '../../../src/schema/observation';

describe('lazySchema', () => {
  it('builds the schema only when first used, and only once', () => {
    let builds = 0;
    const Phone = lazySchema(() => {
      builds += 1;
      return z.string().check(z.regex(/^\+7\d{10}$/u));
    });
    expect(builds).toBe(0);
    expect(Phone.safeParse('+77011234567').success).toBe(true);
    expect(Phone.safeParse('8701').success).toBe(false);
    expect(builds).toBe(1);
  });

  it('nests inside eager and lazy schemas, keeping zod\'s type checks and shapes', () => {
    const Site = lazySchema(() => z.object({ host: z.string(), third: z.boolean() }));
    const Visit = lazySchema(() => z.object({ site: Site, pages: z.array(Site) }));
    const Eager = z.object({ visit: Visit });
    expect(Eager.safeParse({ visit: { site: { host: 'a.kz', third: false }, pages: [] } }).success).toBe(true);
    expect(Eager.safeParse({ visit: { site: { host: 'a.kz', third: 'no' }, pages: [] } }).success).toBe(false);
    expect(Object.keys(Site.shape)).toEqual(['host', 'third']);
    expect(Site instanceof z.ZodMiniObject).toBe(true);
    expect(z.pick(Site, { host: true }).safeParse({ host: 'b.kz' }).success).toBe(true);
  });

  it('writes through to the built schema, so a property set on the stand-in is found again', () => {
    const Site = lazySchema(() => z.object({ host: z.string() }));
    expect(Reflect.set(Site, 'note', 'lender host')).toBe(true);
    expect([Reflect.get(Site, 'note'), 'note' in Site, Object.keys(Site).includes('note')]).toEqual(['lender host', true, true]);
    expect(Reflect.deleteProperty(Site, 'note') && 'note' in Site).toBe(false);
  });

  it('serves the product\'s schemas: an observation still rejects a forged category', () => {
    const observation = { id: 'o1', category: 'phone', kind: 'form_field', at: '2026-11-22T05:00:00.000Z', pageUrl: 'https://a.kz/', frameUrl: 'https://a.kz/',
      thirdParty: null, detail: { kind: 'api_read', api: 'navigator.userAgent', count: 1 } };
    const parsed = Observation.safeParse(observation);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(Observation.safeParse({ ...observation, category: 'not_a_category' }).success).toBe(false);
  });
});
