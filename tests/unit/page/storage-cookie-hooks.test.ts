// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { hookCookie } from '../../../src/page/hook-cookie';
import { hookStorage } from '../../../src/page/hook-storage';
import { fakeWindow, hookHarness } from './hook-context';

/** The prototype that owns a member, wherever the DOM implementation put it. */
function owner(object: object, key: string): object {
  let proto: object | null = object;
  while (proto && !Object.getOwnPropertyDescriptor(proto, key)) proto = Object.getPrototypeOf(proto) as object | null;
  if (!proto) throw new Error(`no ${key}`);
  return proto;
}

const cookiePage = fakeWindow({ Document: { prototype: owner(document, 'cookie') } });
// happy-dom's Storage is a proxy whose methods see another `this`; Chromium's is not, so a stand-in.
class FakeStorage {
  setItem(key: string, value: string): void {
    void `${key}${value}`;
  }
}
const local = new FakeStorage();
const session = new FakeStorage();
const storagePage = fakeWindow({ Storage: FakeStorage });
Object.defineProperty(storagePage, 'localStorage', { get: () => local });
Object.defineProperty(storagePage, 'sessionStorage', { get: () => session });

describe('storage and cookie hooks', () => {
  it('sends a cookie write as its name and attributes, never its value', () => {
    const { ctx, mask, sent } = hookHarness();
    hookCookie(cookiePage, ctx, mask);
    document.cookie = 'uid=do-not-send-me; path=/; max-age=600';
    expect(sent).toEqual([{ type: 'cookie-write', name: 'uid', attributes: ' path=/; max-age=600', count: 1,
      childFrame: undefined }]);
    expect(JSON.stringify(sent)).not.toContain('do-not-send-me');
  });

  it('samples string writes, converts no argument itself, and caps distinct keys', () => {
    const { ctx, mask, sent } = hookHarness();
    hookStorage(storagePage, ctx, mask);
    local.setItem('visitor', 'f47ac10b-58cc-4372-a567-0e02b2c3d479-and-more-text');
    expect(sent[0]).toMatchObject({ type: 'storage-write', area: 'localStorage', key: 'visitor',
      sample: 'f47ac10b-58cc-4372-a567-0e02b2c3d479-and', length: 50 });
    let conversions = 0;
    local.setItem({ toString: () => { conversions += 1; return 'object-key'; } } as unknown as string, 'x');
    expect(conversions).toBe(1);
    for (let i = 0; i < 150; i += 1) session.setItem(`key${i}`, 'v');
    const keys = sent.filter((m) => m.area === 'sessionStorage').map((m) => m.key);
    expect(keys).toHaveLength(100);
    expect(keys).toContain('(other keys)');
  });
});
