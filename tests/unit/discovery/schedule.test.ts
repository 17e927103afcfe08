import { describe, expect, it } from 'vitest';
import { planSearch } from '../../../src/discovery/schedule';

const now = new Date('2025-09-01T12:00:00Z');
const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000).toISOString();

describe('when to search for a site’s policy', () => {
  it('searches a site never searched, and a search the stopped worker left «running»', () => {
    expect(planSearch({ search: null, storedCheckedAt: null, addedLinks: 0, now })).toBe('discover');
    expect(planSearch({ search: { status: 'searching', startedAt: ago(1) }, storedCheckedAt: null, addedLinks: 3, now })).toBe('none');
    expect(planSearch({ search: { status: 'searching', startedAt: ago(5) }, storedCheckedAt: null, addedLinks: 0, now })).toBe('discover');
  });

  it('re-fetches a found policy every few hours, not on every page', () => {
    expect(planSearch({ search: { status: 'found', at: ago(10) }, storedCheckedAt: ago(10), addedLinks: 2, now })).toBe('none');
    expect(planSearch({ search: { status: 'found', at: ago(400) }, storedCheckedAt: ago(400), addedLinks: 0, now })).toBe('recheck');
    expect(planSearch({ search: { status: 'found', at: ago(10) }, storedCheckedAt: null, addedLinks: 0, now })).toBe('discover');
  });

  it('searches again after «nothing found» when a page offers a new link, or hours later', () => {
    const notFound = { status: 'not-found' as const, tried: [], linksSeen: 0, at: ago(10) };
    expect(planSearch({ search: notFound, storedCheckedAt: null, addedLinks: 0, now })).toBe('none');
    expect(planSearch({ search: notFound, storedCheckedAt: null, addedLinks: 1, now })).toBe('discover');
    expect(planSearch({ search: { ...notFound, at: ago(400) }, storedCheckedAt: null, addedLinks: 0, now })).toBe('discover');
  });
});
