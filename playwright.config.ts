/**
 * Browser tests of the renderer apps in Debian's Chromium (Playwright cannot download its own here).
 * Each test file starts its own hub on 127.0.0.1 through tests/e2e/support.
 */
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    headless: true,
    locale: 'ar-AE',
    timezoneId: 'Asia/Dubai',
    launchOptions: {
      executablePath: process.env.DAWR_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-dev-shm-usage',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
