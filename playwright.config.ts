import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests: the real renderer against the real engine in Debian's Chromium, through
 * browser mode (`preflight serve`). The Electron runtime cannot be downloaded here, so the
 * Electron spec runs only where its binary exists.
 */
const chromium = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium';
const asRoot = process.getuid?.() === 0;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e-output',
  timeout: 120_000,
  expect: { timeout: 30_000 },
  workers: 1,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1400, height: 900 },
    launchOptions: { executablePath: chromium, args: asRoot ? ['--no-sandbox'] : [] },
    acceptDownloads: true,
    trace: 'retain-on-failure',
  },
});
