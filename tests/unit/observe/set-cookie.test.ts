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
