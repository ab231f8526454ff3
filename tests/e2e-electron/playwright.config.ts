/**
 * Playwright `_electron` tests of the packaged shell: `npx playwright test -c tests/e2e-electron`.
 * They need an Electron binary (ELECTRON_OVERRIDE_DIST_PATH or a normal `npm i electron`) and
 * skip with a printed reason where there is none (the CI machines here cannot download it).
 */
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../../test-results/e2e-electron',
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
});
