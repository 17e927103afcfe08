/**
 * The built extension the audit loads: an explicit directory (--extension or AUDITOR_EXTENSION_DIR,
 * e.g. a copy protected from rebuilds), or the project's own build, built first when missing.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DEFAULT_BUILD = join(PROJECT_ROOT, '.output', 'chrome-mv3');

export type ExtensionDir = { ok: true; dir: string } | { ok: false; usage: boolean; message: string };

function build(log: (line: string) => void): Promise<number> {
  log('audit: no built extension in .output/chrome-mv3; building it (npx wxt build)…');
  return new Promise((done) => {
    const child = spawn('npx', ['wxt', 'build'], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    // The build's own output goes to stderr: stdout carries only the audit's results.
    child.stdout.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    child.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    child.on('error', () => done(127));
    child.on('close', (code) => done(code ?? 1));
  });
}

export async function ensureExtension(explicit: string | null, log: (line: string) => void): Promise<ExtensionDir> {
  if (explicit !== null) {
    const dir = resolve(explicit);
    return existsSync(join(dir, 'manifest.json')) ? { ok: true, dir }
      : { ok: false, usage: true, message: `${dir} holds no built extension (no manifest.json); build one with npx wxt build` };
  }
  if (existsSync(join(DEFAULT_BUILD, 'manifest.json'))) return { ok: true, dir: DEFAULT_BUILD };
  const code = await build(log);
  if (code === 0 && existsSync(join(DEFAULT_BUILD, 'manifest.json'))) return { ok: true, dir: DEFAULT_BUILD };
  return { ok: false, usage: false, message: `building the extension failed (exit ${code}); run npx wxt build in ${PROJECT_ROOT} to see why` };
}
