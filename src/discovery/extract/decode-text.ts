/**
 * Bytes of a text document as a string: the charset the server named, else a byte-order mark, else
 * the page's own <meta charset>, else UTF-8. Old Kazakh sites still serve windows-1251.
 */

const META_CHARSET = /<meta[^>]{0,300}?charset\s*=\s*["']?\s*([a-z0-9_.:-]{1,40})/iu;

function charsetOf(contentType: string): string | null {
  const match = /charset\s*=\s*["']?([a-z0-9_.:-]{1,40})/iu.exec(contentType);
  return match?.[1] ?? null;
}

function bomCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function decoderFor(label: string | null): TextDecoder {
  try {
    return new TextDecoder(label ?? 'utf-8');
  } catch {
    // An unknown label (a typo in the header) falls back to the web's default.
    return new TextDecoder('utf-8');
  }
}

export function decodeText(bytes: Uint8Array, contentType: string): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const label = bomCharset(bytes) ?? charsetOf(contentType) ?? META_CHARSET.exec(head)?.[1] ?? null;
  return decoderFor(label).decode(bytes);
}
