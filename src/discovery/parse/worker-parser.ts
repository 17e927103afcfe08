/**
 * The offscreen document's parser: a dedicated Worker started on the first request, so a long parse
 * never blocks the document's answers. Requests are numbered; a Worker that fails rejects every
 * request it holds and is started afresh by the next one.
 */
import type { ParseResult } from '../../policy/types';
import type { PolicyParser } from '../policy-parser';
import type { ParseJob, ParseJobResult } from './parse-job';

interface WorkerLike {
  postMessage(job: ParseJob): void;
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent<unknown>) => void) | null;
  terminate(): void;
}

function isJobResult(data: unknown): data is ParseJobResult {
  return typeof data === 'object' && data !== null && 'id' in data && typeof data.id === 'number' && ('result' in data || 'failed' in data);
}

export function workerParser(start: () => WorkerLike): PolicyParser {
  let worker: WorkerLike | null = null;
  let nextId = 0;
  const pending = new Map<number, { resolve(result: ParseResult): void; reject(error: Error): void }>();

  function fail(failed: WorkerLike): void {
    failed.terminate();
    if (worker === failed) worker = null;
    for (const job of pending.values()) job.reject(new Error('the parser worker failed'));
    pending.clear();
  }

  function running(): WorkerLike {
    if (worker) return worker;
    const started = start();
    started.onmessage = ({ data }) => {
      if (!isJobResult(data)) return;
      const job = pending.get(data.id);
      pending.delete(data.id);
      if ('result' in data) job?.resolve(data.result);
      else job?.reject(new Error(`the parser failed: ${data.failed}`));
    };
    // A Worker that fails, or sends what cannot be read, is given up with every job it holds.
    started.onerror = () => fail(started);
    started.onmessageerror = () => fail(started);
    worker = started;
    return started;
  }

  return (text, options) => new Promise<ParseResult>((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject });
    try {
      running().postMessage({ id, text, options });
    } catch (error) {
      pending.delete(id);
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
