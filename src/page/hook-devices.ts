/** Geolocation, camera/microphone, device enumeration, contact picker and permission queries. */
import type { DeviceApi } from '../schema/observation';
import type { Builtins } from './builtins';
import type { HookContext } from './context';
import type { NativeMask } from './native-mask';
import { report } from './report';
import { wrapMethod } from './wrap';
import type { z } from 'zod';
import { protoOf } from './proto';

type Api = z.infer<typeof DeviceApi>;
type PageWindow = Window & typeof globalThis & Record<string, unknown>;

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

/** Contact properties the Contact Picker knows; anything else a page invents is reported as 'other'. */
const CONTACT_PROPERTIES = ['name', 'email', 'tel', 'address', 'icon'];

function known(vocabulary: readonly string[], value: string): string {
  for (let i = 0; i < vocabulary.length; i += 1) if (vocabulary[i] === value) return value;
  return 'other';
}

function permissionName(b: Builtins, descriptor: unknown): string {
  if (typeof descriptor !== 'object' || descriptor === null) return '';
  const name = (descriptor as { name?: unknown }).name;
  // Names stay as asked (cut): how many distinct ones a page can make us report is capped by the limiter.
  return typeof name === 'string' ? b.slice(name, 0, 40) : '';
}

/** The first contact properties asked for, read by index from the page's array (not its methods). */
function contactProperties(b: Builtins, properties: unknown): string {
  if (!b.isArray(properties)) return '';
  let out = '';
  for (let i = 0; i < properties.length && i < 5; i += 1) {
    const property: unknown = properties[i];
    if (typeof property === 'string') out += `${out ? '+' : ''}${known(CONTACT_PROPERTIES, property)}`;
  }
  return out;
}

export function hookDevices(win: PageWindow, ctx: HookContext, mask: NativeMask): void {
  const device = (api: Api, constraints: string): void => {
    const gesture = ctx.b.userActivationActive();
    report(ctx, `${api}|${constraints}|${gesture}`, { type: 'device', api, gesture, constraints: constraints || undefined });
  };
  const geolocation = protoOf(win, 'Geolocation');
  wrapMethod(ctx.b, mask, geolocation, 'getCurrentPosition', () => device('geolocation.getCurrentPosition', ''));
  wrapMethod(ctx.b, mask, geolocation, 'watchPosition', () => device('geolocation.watchPosition', ''));
  const mediaDevices = protoOf(win, 'MediaDevices');
  wrapMethod(ctx.b, mask, mediaDevices, 'getUserMedia', (args) =>
    device('mediaDevices.getUserMedia', mediaKinds(args[0])));
  wrapMethod(ctx.b, mask, mediaDevices, 'enumerateDevices', () => device('mediaDevices.enumerateDevices', ''));
  const navigatorProto = protoOf(win, 'Navigator');
  wrapMethod(ctx.b, mask, navigatorProto, 'getUserMedia', (args) => device('getUserMedia.legacy', mediaKinds(args[0])));
  wrapMethod(ctx.b, mask, navigatorProto, 'webkitGetUserMedia', (args) => device('getUserMedia.legacy', mediaKinds(args[0])));
  wrapMethod(ctx.b, mask, protoOf(win, 'ContactsManager'), 'select', (args) =>
    device('contacts.select', contactProperties(ctx.b, args[0])));
  wrapMethod(ctx.b, mask, protoOf(win, 'Permissions'), 'query', (args) =>
    device('permissions.query', permissionName(ctx.b, args[0])));
}
