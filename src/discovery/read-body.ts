/** Reads a response body up to a byte limit, stopping the download as soon as it is exceeded. */

export type BodyResult = { ok: true; bytes: Uint8Array } | { ok: false; tooLarge: true };

export async function readBody(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<BodyResult> {
  if (!body) return { ok: true, bytes: new Uint8Array(0) };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, tooLarge: true };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return { ok: true, bytes };
}
