/**
 * Launches Chromium with the built extension loaded (headless by default) and waits until the
 * background reports ready, so no request of the first page is missed.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { findChromium } from './find-chromium';

export interface LaunchOptions {
  extensionDir: string;
  headless?: boolean;
  hostResolverRules?: string;
  ignoreCertificateErrors?: boolean;
}

export interface AuditBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export function chromiumArgs(options: LaunchOptions): string[] {
  const args = [
    `--disable-extensions-except=${options.extensionDir}`,
    `--load-extension=${options.extensionDir}`,
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-sync',
    '--disable-background-networking', '--disable-component-update',
    '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream',
  ];
  if (options.hostResolverRules) args.push(`--host-resolver-rules=${options.hostResolverRules}`);
  if (options.ignoreCertificateErrors) args.push('--ignore-certificate-errors');
  return args;
}

export async function launchAuditBrowser(options: LaunchOptions): Promise<AuditBrowser> {
  const found = findChromium();
  if (!found.ok) throw new Error(found.message);
  const profile = await mkdtemp(join(tmpdir(), 'lender-auditor-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: found.path,
    headless: options.headless ?? true,
    args: chromiumArgs(options),
    ignoreHTTPSErrors: options.ignoreCertificateErrors ?? false,
    viewport: { width: 1280, height: 900 },
  });
  const worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker', { timeout: 15_000 });
  await worker.evaluate(() => (globalThis as { auditorReady?: Promise<boolean> }).auditorReady);
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
