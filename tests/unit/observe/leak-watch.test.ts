import { describe, expect, it } from 'vitest';
import { createLeakWatch } from '../../../src/observe/leaks/leak-watch';
import { memoryArea } from '../../../src/storage/area';

const request = (body: string) => ({ url: 'https://mc.yandex.ru/webvisor/1', body, frameUrl: 'https://a.kz/', at: '2026-11-21T09:00:00.000Z' });
const typed = (value: string) => ({ category: 'email' as const, label: 'E-mail', selector: '#email', value });

describe('leak watch', () => {
  it('keeps only the latest value of a field, so an earlier partial value no longer matches', async () => {
    const watch = createLeakWatch(memoryArea());
    await watch.typed(1, typed('ivan.p'));
    await watch.typed(1, typed('ivan.petrov@mail.kz'));
    expect(watch.sent(1, request('v=ivan.pxyz'))).toEqual([]);
    expect(watch.sent(1, request('v=ivan.petrov@mail.kz')).map((leak) => leak.hit.encoding)).toEqual(['plain']);
  });

  it('forgets a tab’s typed values, in memory and in storage', async () => {
    const area = memoryArea();
    const watch = createLeakWatch(area);
    await watch.typed(1, typed('ivan.petrov@mail.kz'));
    await watch.forget(1);
    expect(watch.sent(1, request('v=ivan.petrov@mail.kz'))).toEqual([]);
    expect([...area.data.keys()]).toEqual([]);
    const restarted = createLeakWatch(area);
    await restarted.ready;
    expect(restarted.sent(1, request('v=ivan.petrov@mail.kz'))).toEqual([]);
  });
});
