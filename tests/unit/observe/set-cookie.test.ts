import { describe, expect, it } from 'vitest';
import { parseSetCookie, splitSetCookieHeader } from '../../../src/observe/cookies/set-cookie';

describe('Set-Cookie parsing', () => {
  it('reads the attributes an auditor reports', () => {
    const cookie = parseSetCookie('IDE=AHWqTUk; expires=Sun, 21-Nov-2027 09:00:00 GMT; path=/; domain=.doubleclick.net; Secure; HttpOnly; SameSite=None',
      'https://googleads.g.doubleclick.net/pagead/1');
    expect(cookie).toEqual({ name: 'IDE', domain: 'doubleclick.net', path: '/', httpOnly: true, secure: true,
      sameSite: 'none', session: false });
  });

  it('defaults the domain to the responding host and marks cookies without expiry as session', () => {
    expect(parseSetCookie('PHPSESSID=abc', 'https://1kredit.kz/')).toMatchObject({ domain: '1kredit.kz', session: true, httpOnly: false });
  });

  it('defaults the path to the directory of the request path, as browsers store it (RFC 6265 §5.1.4)', () => {
    expect(parseSetCookie('a=1', 'https://mc.yandex.ru/metrika/tag.js?id=1')?.path).toBe('/metrika');
    expect(parseSetCookie('a=1', 'https://mc.yandex.ru/watch')?.path).toBe('/');
    expect(parseSetCookie('a=1; Path=/x', 'https://mc.yandex.ru/a/b/c')?.path).toBe('/x');
  });

  it('rejects a header with no cookie name', () => {
    expect(parseSetCookie('=value; Path=/', 'https://a.kz/')).toBeNull();
    expect(parseSetCookie('', 'https://a.kz/')).toBeNull();
  });

  it('splits the newline-joined header Chromium hands over', () => {
    expect(splitSetCookieHeader('a=1\nb=2; HttpOnly\n')).toEqual(['a=1', 'b=2; HttpOnly']);
  });

  it('bounds what a hostile server can make it keep', () => {
    const cookie = parseSetCookie(`${'n'.repeat(5000)}=v; Domain=${'d'.repeat(5000)}.kz`, 'https://a.kz/');
    expect(cookie?.name.length).toBeLessThanOrEqual(256);
    expect(cookie?.domain.length).toBeLessThanOrEqual(253);
  });
});
