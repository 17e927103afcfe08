/** Helpers over webRequest details: the request body as bounded text, the frame's document URL. */
export const MAX_BODY_CHARS = 64 * 1024;

export interface RawBody {
  formData?: Record<string, unknown>;
  raw?: Array<{ bytes?: ArrayBuffer | ArrayBufferView | unknown }>;
}

function bytesOf(value: unknown): Uint8Array | null {
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  return null;
}

export function requestBodyText(body: RawBody | null | undefined): string {
  if (!body) return '';
  if (body.formData) {
    const parts: string[] = [];
    for (const [key, values] of Object.entries(body.formData)) {
      for (const value of Array.isArray(values) ? values : [values]) parts.push(`${key}=${String(value)}`);
    }
    return parts.join('&').slice(0, MAX_BODY_CHARS);
  }
  const decoder = new TextDecoder('utf-8', { fatal: false });
  let text = '';
  for (const part of body.raw ?? []) {
    const bytes = bytesOf(part.bytes);
    if (bytes) text += decoder.decode(bytes.subarray(0, MAX_BODY_CHARS - text.length));
    if (text.length >= MAX_BODY_CHARS) break;
  }
  return text;
}

/** Firefox names the frame's document in webRequest details; Chromium does not. */
export function documentUrlOf(details: object): string | undefined {
  return 'documentUrl' in details && typeof details.documentUrl === 'string' ? details.documentUrl : undefined;
}
