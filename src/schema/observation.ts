/**
 * Observations: what a site was seen doing. One zod schema per kind of evidence; the background
 * fills in id, time, page, frame and third-party naming, so a page can never choose them.
 */
import * as z from 'zod/mini';
import { CategoryId } from '../categories';
import { lazySchema } from './lazy-schema';
import { DeviceApi } from './page-events';

export { DeviceApi } from './page-events';

const Text = (max: number) => z.string().check(z.maxLength(max));
const Count = lazySchema(() => z.number().check(z.int(), z.positive()));
const Url = lazySchema(() => Text(2048));

export const ThirdParty = lazySchema(() => z.object({
  domain: Text(253),
  organization: z.nullable(Text(200)),
  country: z.nullable(Text(8)),
  trackerCategory: z.nullable(Text(64)),
}));
export type ThirdParty = z.infer<typeof ThirdParty>;


/** Per-kind detail; `count` coalesces repeats so a page calling a million times is stored once. */
export const ObservationDetail = lazySchema(() => z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('device_request'), api: DeviceApi, userGesture: z.boolean(),
    constraints: z.optional(Text(300)), count: Count }),
  z.object({ kind: z.literal('cookie'), name: Text(256), domain: Text(253), path: Text(256),
    httpOnly: z.boolean(), secure: z.boolean(), sameSite: Text(32), session: z.boolean(),
    via: z.enum(['set-cookie', 'document.cookie', 'cookies-api']), firstParty: z.boolean() }),
  z.object({ kind: z.literal('request'), url: Url, method: Text(16), resourceType: Text(32),
    initiator: z.nullable(Url), pixel: z.boolean(), carriesPageUrl: z.boolean(),
    count: Count }),
  z.object({ kind: z.literal('form_field'), label: Text(200), name: Text(200), inputType: Text(40),
    autocomplete: Text(80), evidence: z.array(Text(200)).check(z.maxLength(12)), selector: Text(300),
    confidence: z.enum(['high', 'medium', 'low']) }),
  z.object({ kind: z.literal('form'), action: Url, method: Text(16), insecure: z.boolean(),
    thirdPartyAction: z.boolean(), fieldCount: z.number().check(z.int(), z.nonnegative()) }),
  z.object({ kind: z.literal('consent_checkbox'), label: Text(300), prechecked: z.boolean(),
    selector: Text(300) }),
  z.object({ kind: z.literal('storage_write'), area: z.enum(['localStorage', 'sessionStorage', 'indexedDB']),
    key: Text(200), valueSample: Text(120), identifierLike: z.boolean(), count: Count }),
  z.object({ kind: z.literal('fingerprint'), technique: z.enum(['canvas', 'webgl', 'audio', 'fonts']),
    evidence: Text(300), count: Count }),
  z.object({ kind: z.literal('session_recorder'), vendor: Text(120), url: Url, how: Text(200) }),
  z.object({ kind: z.literal('value_leak'), fieldCategory: CategoryId, fieldLabel: Text(200),
    encoding: z.enum(['plain', 'urlencoded', 'base64', 'md5', 'sha1', 'sha256']), url: Url,
    where: z.enum(['url', 'body']) }),
  z.object({ kind: z.literal('insecure_transport'), url: Url,
    what: z.enum(['page', 'form_action', 'subresource']) }),
  z.object({ kind: z.literal('api_read'), api: Text(120), count: Count }),
]));
export type ObservationDetail = z.infer<typeof ObservationDetail>;
export type ObservationKind = ObservationDetail['kind'];

export const Observation = lazySchema(() => z.object({
  id: Text(64),
  category: CategoryId,
  kind: Text(40),
  at: z.iso.datetime(),
  pageUrl: Url,
  frameUrl: Url,
  thirdParty: z.nullable(ThirdParty),
  detail: ObservationDetail,
}));
export type Observation = z.infer<typeof Observation>;
