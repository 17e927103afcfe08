/**
 * The forms in which a typed value may travel to a third party: as typed, digits only, URL- or
 * form-encoded, base64, or hashed with md5/sha1/sha256 (as ad pixels do with e-mails and phones).
 */
import { bytesToBase64 } from '../../util/base64';
import { md5Hex } from '../../util/md5';

export type Encoding = 'plain' | 'urlencoded' | 'base64' | 'md5' | 'sha1' | 'sha256';

export interface Needle { encoding: Encoding; text: string }

/** Shorter values (a CVV, a "да") would match random bytes of unrelated requests. */
export const MIN_VALUE_LENGTH = 5;
const MIN_DIGITS = 7;

function variants(value: string): string[] {
  const trimmed = value.trim();
  const out = new Set<string>();
  if (trimmed.length >= MIN_VALUE_LENGTH) out.add(trimmed);
  if (trimmed.includes('@')) out.add(trimmed.toLowerCase());
  const digits = trimmed.replace(/\D/g, '');
  if (digits.length >= MIN_DIGITS && digits !== trimmed) out.add(digits);
  return [...out];
}

async function digestHex(algorithm: 'SHA-1' | 'SHA-256', text: string): Promise<string> {
  const digest = await crypto.subtle.digest(algorithm, new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function needlesFor(value: string): Promise<Needle[]> {
  const needles: Needle[] = [];
  for (const variant of variants(value)) {
    needles.push({ encoding: 'plain', text: variant });
    const encoded = encodeURIComponent(variant);
    if (encoded !== variant) needles.push({ encoding: 'urlencoded', text: encoded });
    const formEncoded = encoded.replace(/%20/g, '+');
    if (formEncoded !== encoded) needles.push({ encoding: 'urlencoded', text: formEncoded });
    needles.push({ encoding: 'base64', text: bytesToBase64(new TextEncoder().encode(variant)).replace(/=+$/, '') });
    needles.push({ encoding: 'md5', text: md5Hex(variant) });
    needles.push({ encoding: 'sha1', text: await digestHex('SHA-1', variant) });
    needles.push({ encoding: 'sha256', text: await digestHex('SHA-256', variant) });
  }
  return needles;
}

export interface LeakHit { encoding: Encoding; where: 'url' | 'body' }

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

function isHash(needle: Needle): boolean {
  return needle.encoding === 'md5' || needle.encoding === 'sha1' || needle.encoding === 'sha256';
}

/** A request's URL and body in the forms needles are looked for in, computed once per request. */
export interface Haystack { places: ReadonlyArray<{ where: 'url' | 'body'; raw: string; lower: string; decoded: string }> }

export function haystackOf(url: string, body: string): Haystack {
  const places = ([['url', url], ['body', body]] as const).filter(([, raw]) => raw !== '')
    .map(([where, raw]) => ({ where, raw, lower: raw.toLowerCase(), decoded: safeDecode(raw) }));
  return { places };
}

/**
 * The first needle found in the request, URL before body. Exact bytes are tried before the decoded
 * text, so a value sent URL-encoded is reported as such rather than as plain.
 */
export function findNeedle(needles: readonly Needle[], haystack: Haystack): LeakHit | null {
  for (const { where, raw, lower, decoded } of haystack.places) {
    const exact = needles.find((needle) => (isHash(needle) ? lower : raw).includes(needle.text));
    if (exact) return { encoding: exact.encoding, where };
    if (decoded !== raw && needles.some((needle) => needle.encoding === 'plain' && decoded.includes(needle.text))) {
      return { encoding: 'urlencoded', where };
    }
  }
  return null;
}
