/** Replays a fixture site's documented scenario (tests/fixtures/sites/<host>/site.json). */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { z } from 'zod';
import { LENDER_HOSTS, type FixtureServer } from '../fixtures/server';

const Step = z.union([
  z.object({ goto: z.string() }),
  z.object({ click: z.string() }),
  z.object({ fill: z.string(), value: z.string() }),
  z.object({ wait: z.number() }),
]);

export const SiteSpec = z.object({
  host: z.string(),
  scenario: z.array(Step),
  expect: z.object({
    deviceRequests: z.array(z.string()),
    cookies: z.array(z.object({ name: z.string(), domain: z.string(), httpOnly: z.boolean() })),
    thirdPartyHosts: z.array(z.string()),
  }),
});
export type SiteSpec = z.infer<typeof SiteSpec>;

const SITES_DIR = resolve('tests/fixtures/sites');

/** Every lender the fixture server serves must document its scenario: a missing one fails loudly. */
export function loadSiteSpecs(only: (host: string) => boolean = () => true): SiteSpec[] {
  return LENDER_HOSTS.filter(only).map((host) =>
    SiteSpec.parse(JSON.parse(readFileSync(join(SITES_DIR, host, 'site.json'), 'utf8'))));
}

export async function replayScenario(page: Page, server: FixtureServer, spec: SiteSpec): Promise<void> {
  for (const step of spec.scenario) {
    if ('goto' in step) await page.goto(server.url(spec.host, step.goto));
    else if ('click' in step) await page.click(step.click);
    else if ('fill' in step) await page.fill(step.fill, step.value);
    else await page.waitForTimeout(step.wait);
  }
}
