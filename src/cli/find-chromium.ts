/** Finds a Chromium to drive: an explicit path, the system's, or Playwright's own download. */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export type ChromiumLookup = { ok: true; path: string } | { ok: false; message: string };

export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): ChromiumLookup {
  const explicit = env.CHROMIUM_PATH;
  if (explicit) {
    return exists(explicit) ? { ok: true, path: explicit }
      : { ok: false, message: `CHROMIUM_PATH points to ${explicit}, which does not exist.` };
  }
  for (const candidate of SYSTEM_CANDIDATES) if (exists(candidate)) return { ok: true, path: candidate };
  let bundled = '';
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = '';
  }
  if (bundled && exists(bundled)) return { ok: true, path: bundled };
  return {
    ok: false,
    message: 'No Chromium found. Install the system one (Debian/Ubuntu: `sudo apt-get install chromium`, '
      + 'giving /usr/bin/chromium) or Playwright\'s own (`npx playwright install chromium`), '
      + 'or set CHROMIUM_PATH to a Chromium executable.',
  };
}
