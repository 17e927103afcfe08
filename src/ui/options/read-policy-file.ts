/**
 * A policy file the auditor picked, as text: the same extraction the background applies to fetched
 * documents (HTML main content, PDF text layer, DOCX paragraphs), run here in the options page so
 * the bytes never cross a message. Judged by the background when attached.
 */
import { extractText } from '../../discovery/extract';
import { MAX_DOCUMENT_BYTES, type DiscoveryProblem } from '../../schema/discovery';

export interface PickedFile { name: string; size: number; type: string; arrayBuffer(): Promise<ArrayBuffer> }

export type FileText = { ok: true; text: string; source: string } | { ok: false; problem: DiscoveryProblem };

/** Picked files carry their extension but often no type; the extension names the text formats. */
function typeOf(file: PickedFile): string {
  if (file.type) return file.type;
  if (/\.html?$/iu.test(file.name)) return 'text/html';
  return /\.txt$/iu.test(file.name) ? 'text/plain' : '';
}

export async function readPolicyFile(file: PickedFile): Promise<FileText> {
  if (file.size > MAX_DOCUMENT_BYTES) return { ok: false, problem: { code: 'too_large', detail: String(file.size) } };
  const extracted = await extractText(new Uint8Array(await file.arrayBuffer()), typeOf(file));
  if (!extracted.ok) return extracted;
  return { ok: true, text: extracted.text, source: `file:${file.name.slice(0, 200)}` };
}
