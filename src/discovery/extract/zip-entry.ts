/**
 * One named file out of a ZIP archive, found through the central directory and inflated by the
 * platform's DecompressionStream. A Word document needs only its body part, and a hand-written
 * reader keeps an inflate library (and the tables it builds when loaded) out of the service worker,
 * which evaluates its code on every wake.
 */

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** The end record is 22 bytes plus a comment of at most 65535. */
const END_SEARCH_SPAN = 22 + 0xffff;
const STORED = 0;
const DEFLATED = 8;
/** ZIP64 marks sizes and offsets it moved elsewhere with this value; a Word body never needs it. */
const MOVED_TO_ZIP64 = 0xffffffff;

export type ZipEntryResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'not_zip' | 'missing' | 'too_large' | 'damaged' };

interface DirectoryEntry { method: number; compressedSize: number; size: number; localOffset: number }

function endOfDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - END_SEARCH_SPAN);
  for (let at = view.byteLength - 22; at >= lowest; at -= 1) if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  return -1;
}

function findEntry(bytes: Uint8Array, view: DataView, name: string): DirectoryEntry | 'not_zip' | 'missing' {
  const end = endOfDirectory(view);
  if (end < 0) return 'not_zip';
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const wanted = new TextEncoder().encode(name);
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) return 'not_zip';
    const nameLength = view.getUint16(at + 28, true);
    const skip = 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const entryName = bytes.subarray(at + 46, at + 46 + nameLength);
    if (entryName.length === wanted.length && entryName.every((byte, i) => byte === wanted[i])) {
      return { method: view.getUint16(at + 10, true), compressedSize: view.getUint32(at + 20, true),
        size: view.getUint32(at + 24, true), localOffset: view.getUint32(at + 42, true) };
    }
    at += skip;
  }
  return 'missing';
}

/** Inflates raw deflate data, giving up once the output passes `maxBytes` whatever the archive claimed. */
async function inflate(data: Uint8Array, maxBytes: number): Promise<Uint8Array | 'too_large'> {
  // A copy: the archive may sit in a shared buffer, which Blob does not take.
  const reader = new Blob([data.slice()]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    total += read.value.length;
    if (total > maxBytes) {
      await reader.cancel();
      return 'too_large';
    }
    chunks.push(read.value);
  }
  const joined = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.length;
  }
  return joined;
}

export async function readZipEntry(bytes: Uint8Array, name: string, maxBytes: number): Promise<ZipEntryResult> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entry = bytes.length >= 22 ? findEntry(bytes, view, name) : 'not_zip';
  if (entry === 'not_zip' || entry === 'missing') return { ok: false, reason: entry };
  if (entry.size > maxBytes) return { ok: false, reason: 'too_large' };
  if ([entry.size, entry.compressedSize, entry.localOffset].includes(MOVED_TO_ZIP64)) return { ok: false, reason: 'damaged' };
  const local = entry.localOffset;
  if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL_HEADER) return { ok: false, reason: 'damaged' };
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) return { ok: false, reason: 'damaged' };
  if (entry.method === STORED) return entry.size === data.length ? { ok: true, bytes: data } : { ok: false, reason: 'damaged' };
  if (entry.method !== DEFLATED) return { ok: false, reason: 'damaged' };
  try {
    const inflated = await inflate(data, maxBytes);
    return inflated === 'too_large' ? { ok: false, reason: 'too_large' } : { ok: true, bytes: inflated };
  } catch {
    return { ok: false, reason: 'damaged' };
  }
}
