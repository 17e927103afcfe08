/**
 * Reporting through the limiter. Keys carry the child frame, since one limiter serves the top window
 * and every child window patched from it. Hooks standing by for another copy count nothing, so their
 * summaries hold only the calls they reported.
 */
import type { PageEvent } from '../schema/messages';
import type { HookContext } from './context';

type Without<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type EventBody = Without<PageEvent, 'count' | 'childFrame'>;

/** Reports one event now and then summarises repeats of `key` with their count. */
export function report(ctx: HookContext, key: string, body: EventBody): void {
  if (ctx.othersReport?.()) return;
  ctx.limiter.hit(`${key}|${ctx.childFrame ?? ''}`, (count) =>
    ctx.channel.send({ ...body, count, childFrame: ctx.childFrame }));
}

/** A reporter for an event that never varies, built once at install so a hot call allocates nothing. */
export function fixedReporter(ctx: HookContext, key: string, body: EventBody): () => void {
  const fullKey = `${key}|${ctx.childFrame ?? ''}`;
  const send = (count: number): void => ctx.channel.send({ ...body, count, childFrame: ctx.childFrame });
  return () => {
    if (!ctx.othersReport?.()) ctx.limiter.hit(fullKey, send);
  };
}

/**
 * Caps how many distinct names (storage keys, cookie names) get their own report: past `max`, further
 * names share one overflow name, so a page inventing a million keys still sends a handful of messages.
 */
export function distinctNames(ctx: HookContext, max: number, overflow: string): (name: string) => string {
  const seen = new ctx.b.Map<string, true>();
  let size = 0;
  return (name) => {
    if (seen.has(name)) return name;
    if (size >= max) return overflow;
    seen.set(name, true);
    size += 1;
    return name;
  };
}
