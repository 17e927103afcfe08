import { defineConfig } from '@playwright/test';

// One worker: each test file drives its own Chromium with the extension, and CI has two cores.
export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: 'test-results',
});
