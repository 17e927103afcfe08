/**
 * document.cookie writes (category cookies). Only the name and the attribute text after the first
 * `;` leave the page: the value may be an identifier or personal data and is never sent. The
 * background parses the attributes as it parses Set-Cookie headers, so both sources meet under one
 * key with what the cookies API reports.
 */
import type { HookContext } from './context';
import type { NativeMask } from './native-mask';
import { distinctNames, report } from './report';
import { wrapSetter } from './wrap';

type PageWindow = Window & typeof globalThis;

/** Distinct cookie names reported one by one per window; further names are summarised together. */
const MAX_DISTINCT_NAMES = 100;

export function hookCookie(win: PageWindow, ctx: HookContext, mask: NativeMask): void {
  const { b } = ctx;
  const capName = distinctNames(ctx, MAX_DISTINCT_NAMES, '(other cookies)');
  const documentProto = (win as unknown as { Document?: { prototype?: object } }).Document?.prototype;
  // Reported after the native setter returned: a write the browser refused with an exception never happened.
  wrapSetter(b, mask, documentProto, 'cookie', (value) => {
    if (typeof value !== 'string') return;
    const semicolon = b.indexOf(value, ';');
    const pair = semicolon < 0 ? value : b.slice(value, 0, semicolon);
    const equals = b.indexOf(pair, '=');
    if (equals <= 0) return;
    const name = capName(b.slice(pair, 0, equals < 256 ? equals : 256));
    report(ctx, `cookie|${name}`, { type: 'cookie-write', name,
      attributes: semicolon < 0 ? '' : b.slice(value, semicolon + 1, semicolon + 301) });
  }, true);
}
