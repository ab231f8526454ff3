/**
 * The setup the kiosk's portrait-screen layout tests share: one kiosk hub for the spec file, and
 * each test's page at the kiosk's 1080×1920 screen with a working printer.
 */
import { mkdirSync } from 'node:fs';
import { test } from '@playwright/test';
import { startKioskE2e, type KioskE2e } from '../../kiosk/e2e-fixture.js';

/** The kiosk's screen, portrait. */
export const KIOSK_SCREEN = { width: 1080, height: 1920 } as const;

/**
 * Starts the kiosk hub in beforeAll (stopped in afterAll) and sets each test's page to the kiosk's
 * screen, its printer back to working (a test may have jammed it). Returns the hub once started.
 */
export function portraitKiosk(): () => KioskE2e {
  let kiosk: KioskE2e | undefined;
  test.beforeAll(async () => {
    mkdirSync('test-results/screens', { recursive: true });
    kiosk = await startKioskE2e();
  });
  test.afterAll(async () => kiosk?.cleanup());
  const started = () => {
    if (!kiosk) throw new Error('the kiosk hub starts in beforeAll');
    return kiosk;
  };
  test.beforeEach(async ({ page }) => {
    started().printer.setState('ok');
    await page.setViewportSize(KIOSK_SCREEN);
  });
  return started;
}
