/** Helpers over webRequest details: the request body as bounded text, Set-Cookie values, the frame's document URL. */
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
    let text = '';
    for (const [key, values] of Object.entries(body.formData)) {
      for (const value of Array.isArray(values) ? values : [values]) {
        text += `${text ? '&' : ''}${key}=${String(value)}`;
        if (text.length >= MAX_BODY_CHARS) return text.slice(0, MAX_BODY_CHARS);
      }
    }
    return text;
  }
  // One decoder in streaming mode: a UTF-8 character may be split across two parts of the body.
  const decoder = new TextDecoder('utf-8', { fatal: false });
  let text = '';
  for (const part of body.raw ?? []) {
    const bytes = bytesOf(part.bytes);
    if (bytes) text += decoder.decode(bytes.subarray(0, MAX_BODY_CHARS - text.length), { stream: true });
    if (text.length >= MAX_BODY_CHARS) return text.slice(0, MAX_BODY_CHARS);
  }
  return text + decoder.decode();
}

/** The Set-Cookie values of a response (Chromium hands them over only with extraHeaders). */
export function setCookieHeaders(headers: ReadonlyArray<{ name: string; value?: string }> | undefined): string[] {
  return (headers ?? []).flatMap((header) => (header.name.toLowerCase() === 'set-cookie' && header.value ? [header.value] : []));
}

/** Firefox names the frame's document in webRequest details; Chromium does not. */
export function documentUrlOf(details: object): string | undefined {
  return 'documentUrl' in details && typeof details.documentUrl === 'string' ? details.documentUrl : undefined;
}
