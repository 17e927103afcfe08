/**
 * Progress for people and for logs: on a terminal a bar on stderr, redrawn under the result lines;
 * otherwise (CI, a pipe, a file) only the plain result lines, each prefixed with its position.
 */

export interface Output { write(text: string): unknown; isTTY?: boolean; columns?: number }

export interface Progress {
  started(host: string): void;
  finished(host: string, line: string): void;
  /** A detail line under the last result (what --interact pressed and refused). */
  detail(line: string): void;
  close(): void;
}

const BAR_WIDTH = 24;

export function createProgress(total: number, out: Output, err: Output): Progress {
  let done = 0;
  const running = new Set<string>();
  const tty = err.isTTY === true;
  const bar = (): string => {
    const filled = total === 0 ? BAR_WIDTH : Math.round((done / total) * BAR_WIDTH);
    const text = `[${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}] ${done}/${total} ${[...running].join(', ')}`;
    return text.slice(0, Math.max((err.columns ?? 80) - 1, 20));
  };
  const clear = () => { if (tty) err.write('\r\x1b[2K'); };
  const draw = () => { if (tty) err.write(bar()); };
  return {
    started(host) {
      running.add(host);
      clear();
      draw();
    },
    finished(host, line) {
      done += 1;
      running.delete(host);
      clear();
      out.write(`[${done}/${total}] ${line}\n`);
      draw();
    },
    detail(line) {
      clear();
      out.write(`        ${line}\n`);
      draw();
    },
    close() {
      clear();
    },
  };
}
