/**
 * Where the worker injects the field scanner a relay asked for: exactly the document that asked
 * (Chromium names it), or its frame where the browser names no document (Firefox).
 */
export interface ScannerSender { tab?: { id?: number }; frameId?: number; documentId?: string }

export type ScriptTarget = { tabId: number; documentIds: string[] } | { tabId: number; frameIds: number[] };

export function scannerTarget(sender: ScannerSender): ScriptTarget | null {
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0) return null;
  if (typeof sender.documentId === 'string' && sender.documentId.length > 0) return { tabId, documentIds: [sender.documentId] };
  if (sender.frameId !== undefined && sender.frameId >= 0) return { tabId, frameIds: [sender.frameId] };
  return null;
}
