/**
 * The policy parser's dedicated Worker, started by the offscreen document. Only the document can
 * post to it; what comes back is checked by the background (src/discovery/parse/offscreen-parser.ts).
 */
import { parsePolicy } from '../../policy/parse';
import type { ParseJob, ParseJobResult } from './parse-job';

const scope = self as unknown as { onmessage: ((event: MessageEvent<ParseJob>) => void) | null; postMessage(result: ParseJobResult): void };

scope.onmessage = async ({ data }) => {
  try {
    scope.postMessage({ id: data.id, result: await parsePolicy(data.text, data.options) });
  } catch (error) {
    scope.postMessage({ id: data.id, failed: String(error).slice(0, 300) });
  }
};
