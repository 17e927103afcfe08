/**
 * Chromium driven over its DevTools pipe with nothing attached but what the bench asks for.
 * Playwright attaches to every new service worker and holds it at its first instruction until it has
 * set the worker up, which is right for tests but adds its own pause to every wake it would time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { chromiumArgs, type LaunchOptions } from '../src/cli/launch';
import { findChromium } from '../src/cli/find-chromium';

type Params = Record<string, unknown>;
interface Reply { id?: number; method?: string; params?: Params; result?: Params; error?: { message: string }; sessionId?: string }
type Listener = (params: Params, sessionId?: string) => void;

export interface TargetInfo { targetId: string; type: string; url: string }

export interface PipeBrowser {
  send(method: string, params?: Params, sessionId?: string): Promise<Params>;
  on(method: string, listener: Listener): void;
  targets(): Promise<TargetInfo[]>;
  /** Evaluates in a target through a session opened for that one call, awaiting a promise result. */
  evaluateIn(targetId: string, expression: string): Promise<unknown>;
  close(): Promise<void>;
}

/** Starts headless Chromium with the extension loaded, speaking CDP over fds 3 (in) and 4 (out). */
export async function launchPipeBrowser(options: LaunchOptions): Promise<PipeBrowser> {
  const found = findChromium();
  if (!found.ok) throw new Error(found.message);
  const profile = await mkdtemp(join(tmpdir(), 'bench-pipe-'));
  const args = ['--headless', '--remote-debugging-pipe', `--user-data-dir=${profile}`, ...chromiumArgs(options), 'about:blank'];
  const child: ChildProcess = spawn(found.path, args, { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
  const input = child.stdio[3] as Writable;
  const output = child.stdio[4] as Readable;
  const pending = new Map<number, { resolve(result: Params): void; reject(error: Error): void }>();
  const listeners = new Map<string, Listener[]>();
  let nextId = 1;
  let buffered = '';
  output.setEncoding('utf8');
  output.on('data', (chunk: string) => {
    buffered += chunk;
    for (let end = buffered.indexOf('\0'); end >= 0; end = buffered.indexOf('\0')) {
      const message = JSON.parse(buffered.slice(0, end)) as Reply;
      buffered = buffered.slice(end + 1);
      const waiting = message.id === undefined ? undefined : pending.get(message.id);
      if (waiting && message.id !== undefined) {
        pending.delete(message.id);
        if (message.error) waiting.reject(new Error(message.error.message));
        else waiting.resolve(message.result ?? {});
      } else if (message.method) {
        for (const listener of listeners.get(message.method) ?? []) listener(message.params ?? {}, message.sessionId);
      }
    }
  });
  function send(method: string, params: Params = {}, sessionId?: string): Promise<Params> {
    const id = nextId++;
    input.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    return new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
  }
  return {
    send,
    on(method, listener) {
      listeners.set(method, [...listeners.get(method) ?? [], listener]);
    },
    async targets() {
      const { targetInfos } = await send('Target.getTargets');
      return Array.isArray(targetInfos) ? targetInfos as TargetInfo[] : [];
    },
    async evaluateIn(targetId, expression) {
      const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
      if (typeof sessionId !== 'string') throw new Error('no session');
      try {
        const { result, exceptionDetails } = await send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, sessionId);
        if (exceptionDetails) throw new Error(`evaluation failed: ${JSON.stringify(exceptionDetails).slice(0, 300)}`);
        return (result as { value?: unknown } | undefined)?.value;
      } finally {
        await send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
      }
    },
    async close() {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill();
      await exited;
      await rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    },
  };
}
