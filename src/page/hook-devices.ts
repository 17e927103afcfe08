/** Geolocation, camera/microphone, device enumeration, contact picker and permission queries. */
import type { DeviceApi } from '../schema/observation';
import type { Builtins } from './builtins';
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

/**
 * Summarises getUserMedia constraints as which devices were asked for. String concatenation rather
 * than an array's push/join: a page that redefined those must not be able to switch reporting off.
 */
export function mediaKinds(constraints: unknown): string {
  if (typeof constraints !== 'object' || constraints === null) return '';
  const asked = constraints as { video?: unknown; audio?: unknown };
  // The front camera («user») is how liveness checks film the face, which is data of its own.
  const facing = typeof asked.video === 'object' && asked.video !== null ? (asked.video as { facingMode?: unknown }).facingMode : null;
  const video = asked.video ? (facing === 'user' ? 'video(user)' : 'video') : '';
  const audio = asked.audio ? 'audio' : '';
  return video && audio ? `${video}+${audio}` : video || audio;
}

function permissionName(b: Builtins, descriptor: unknown): string {
  if (typeof descriptor !== 'object' || descriptor === null) return '';
  const name = (descriptor as { name?: unknown }).name;
  return typeof name === 'string' ? b.slice(name, 0, 40) : '';
}

/** The first contact properties asked for, read by index from the page's array (not its methods). */
function contactProperties(b: Builtins, properties: unknown): string {
  if (!b.isArray(properties)) return '';
  let out = '';
  for (let i = 0; i < properties.length && i < 5; i += 1) {
    const property: unknown = properties[i];
    if (typeof property === 'string') out += `${out ? '+' : ''}${b.slice(property, 0, 19)}`;
  }
  return out;
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
  wrapMethod(ctx.b, mask, navigatorProto, 'getUserMedia', (args) => report('getUserMedia.legacy', mediaKinds(args[0])));
  wrapMethod(ctx.b, mask, navigatorProto, 'webkitGetUserMedia', (args) => report('getUserMedia.legacy', mediaKinds(args[0])));
  wrapMethod(ctx.b, mask, protoOf(win, 'ContactsManager'), 'select', (args) =>
    report('contacts.select', contactProperties(ctx.b, args[0])));
  wrapMethod(ctx.b, mask, protoOf(win, 'Permissions'), 'query', (args) =>
    report('permissions.query', permissionName(ctx.b, args[0])));
}
