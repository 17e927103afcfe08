import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { findNeedle, haystackOf, needlesFor } from '../../../src/observe/leaks/needles';

const phone = '+7 (701) 234-56-78';
const email = 'Aigerim.Seitkali@mail.kz';

describe('typed-value leak needles', () => {
  it('finds a value sent plain, URL-encoded or as digits only', async () => {
    const needles = await needlesFor(phone);
    expect(findNeedle(needles, haystackOf(`https://mc.yandex.ru/watch/1?v=${encodeURIComponent(phone)}`, ''))).toEqual({ encoding: 'urlencoded', where: 'url' });
    expect(findNeedle(needles, haystackOf('https://t.io/c', 'phone=77012345678'))?.where).toBe('body');
    expect(findNeedle(needles, haystackOf('https://t.io/c', `{"v":"${phone}"}`))).toEqual({ encoding: 'plain', where: 'body' });
  });

  it('finds base64 and hashed forms', async () => {
    const needles = await needlesFor(email);
    const b64 = Buffer.from(email, 'utf8').toString('base64');
    expect(findNeedle(needles, haystackOf('https://t.io/c', `d=${b64}`))?.encoding).toBe('base64');
    const sha256 = createHash('sha256').update(email.toLowerCase()).digest('hex');
    expect(findNeedle(needles, haystackOf(`https://www.facebook.com/tr?ud[em]=${sha256}`, ''))?.encoding).toBe('sha256');
    const md5 = createHash('md5').update(email).digest('hex').toUpperCase();
    expect(findNeedle(needles, haystackOf('https://t.io/c', `h=${md5}`))?.encoding).toBe('md5');
  });

  it('does not match short values or unrelated requests', async () => {
    expect(await needlesFor('123')).toEqual([]);
    const needles = await needlesFor('900415450123');
    expect(findNeedle(needles, haystackOf('https://mc.yandex.ru/watch/1?rn=900415', 'x=90041545012'))).toBeNull();
  });
});
