/**
 * The live view's Device health panel: an open kiosk page reports itself (heartbeat with the
 * build's version), its printer's "paper near end" report shows, the display that is not open is
 * offline, and a kiosk that closes turns offline without a reload. Axe-clean in Arabic and English.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { api, KIOSK_KEY, type TestHub } from '../support/hub.js';
import { expectNoAxeViolations } from './counter-support.js';
import { signInToDashboard } from './dashboard-support.js';
import { startE2eHub } from './support/hub.js';

const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

let hub: TestHub;
test.beforeEach(async () => {
  hub = await startE2eHub();
});
test.afterEach(async () => hub?.cleanup());

for (const lang of ['en', 'ar'] as const) {
  test(`shows each device's health, version and printer state, live (${lang})`, async ({ browser, page }) => {
    const kioskCtx = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
    const kiosk = await kioskCtx.newPage();
    await kiosk.goto(`${hub.url}/kiosk/#key=${KIOSK_KEY}`);
    await expect(kiosk.getByTestId('screen-welcome')).toBeVisible();
    await api(hub.url, 'POST', '/devices/status', `Device ${KIOSK_KEY}`, {
      deviceId: 'kiosk-t-printer',
      kind: 'printer',
      level: 'warning',
      detail: 'paper-near-end',
      at: Date.now(),
    });

    await signInToDashboard(page, hub.url, lang);
    await page.setViewportSize({ width: 1366, height: 768 });
    const section = page.getByTestId('device-health');
    await expect(
      section.getByRole('heading', { name: lang === 'en' ? 'Device health' : 'صحة الأجهزة' }),
    ).toBeVisible();
    const kioskRow = section.locator('tr[data-device="kiosk-t"]');
    await expect(kioskRow.getByTestId('health-state')).toHaveText(lang === 'en' ? 'Online' : 'متصل');
    await expect(kioskRow).toContainText(VERSION);
    await expect(kioskRow.getByTestId('health-printer')).toHaveText(
      lang === 'en' ? 'Paper near end' : 'الورق قارب على النفاد',
    );
    const printerRow = section.locator('tr[data-device="kiosk-t-printer"]');
    await expect(printerRow).toContainText(lang === 'en' ? 'Printer' : 'طابعة');
    await expect(printerRow).toContainText('paper-near-end');
    await expect(section.locator('tr[data-device="display-t"]').getByTestId('health-state')).toHaveText(
      lang === 'en' ? 'Offline' : 'غير متصل',
    );
    await section.scrollIntoViewIfNeeded();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `test-results/dashboard-health-${lang}.png` });

    // The kiosk goes away: the panel follows without a reload.
    await kioskCtx.close();
    await expect(kioskRow.getByTestId('health-state')).toHaveText(lang === 'en' ? 'Offline' : 'غير متصل');
  });
}
