/** Geolocation, camera/microphone, device enumeration, contact picker and permission queries. */
import type { DeviceApi } from '../schema/observation';
import type { HookContext } from './context';
import type { NativeMask } from './native-mask';
import { wrapMethod } from './wrap';
import type { z } from 'zod';

type Api = z.infer<typeof DeviceApi>;
type PageWindow = Window & typeof globalThis & Record<string, unknown>;

function protoOf(win: PageWindow, ctor: string): object | undefined {
  const candidate = win[ctor];
  return typeof candidate === 'function' ? (candidate as { prototype?: object }).prototype : undefined;
}

/** Summarises getUserMedia constraints as which devices were asked for. */
export function mediaKinds(constraints: unknown): string {
  if (typeof constraints !== 'object' || constraints === null) return '';
  const asked = constraints as { video?: unknown; audio?: unknown };
  const kinds: string[] = [];
  if (asked.video) kinds.push('video');
  if (asked.audio) kinds.push('audio');
  return kinds.join('+');
}

function permissionName(descriptor: unknown): string {
  if (typeof descriptor !== 'object' || descriptor === null) return '';
  const name = (descriptor as { name?: unknown }).name;
  return typeof name === 'string' ? name.slice(0, 40) : '';
}

export function hookDevices(win: PageWindow, ctx: HookContext, mask: NativeMask): void {
  const report = (api: Api, constraints: string): void => {
    const gesture = ctx.b.userActivationActive();
    ctx.limiter.hit(`${api}|${constraints}|${gesture}|${ctx.childFrame ?? ""}`, (count) => {
      ctx.channel.send({ type: 'device', api, gesture, constraints: constraints || undefined, count,
        childFrame: ctx.childFrame });
    });
  };
  const geolocation = protoOf(win, 'Geolocation');
  wrapMethod(ctx.b, mask, geolocation, 'getCurrentPosition', () => report('geolocation.getCurrentPosition', ''));
  wrapMethod(ctx.b, mask, geolocation, 'watchPosition', () => report('geolocation.watchPosition', ''));
  const mediaDevices = protoOf(win, 'MediaDevices');
  wrapMethod(ctx.b, mask, mediaDevices, 'getUserMedia', (args) =>
    report('mediaDevices.getUserMedia', mediaKinds(args[0])));
  wrapMethod(ctx.b, mask, mediaDevices, 'enumerateDevices', () => report('mediaDevices.enumerateDevices', ''));
  const navigatorProto = protoOf(win, 'Navigator');
  for (const legacy of ['getUserMedia', 'webkitGetUserMedia']) {
    wrapMethod(ctx.b, mask, navigatorProto, legacy, (args) => report('getUserMedia.legacy', mediaKinds(args[0])));
  }
  wrapMethod(ctx.b, mask, protoOf(win, 'ContactsManager'), 'select', (args) =>
    report('contacts.select', Array.isArray(args[0]) ? String(args[0].slice(0, 5).join('+')).slice(0, 100) : ''));
  wrapMethod(ctx.b, mask, protoOf(win, 'Permissions'), 'query', (args) =>
    report('permissions.query', permissionName(args[0])));
}
