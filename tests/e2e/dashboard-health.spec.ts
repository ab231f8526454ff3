/**
 * The live view's Device health panel: an open kiosk page reports itself (heartbeat with the
 * build's version), its printer's "paper near end" report shows, the display that is not open is
 * offline, and a kiosk that closes turns offline without a reload. Axe-clean in Arabic and English.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { api, connect, DISPLAY_KEY, emitAck, KIOSK_KEY, type TestHub } from '../support/hub.js';
import { HEARTBEAT_EVENT } from '../../shared/contract/device-health.js';
import { expectNoAxeViolations } from './counter-support.js';
import { signInToDashboard } from './dashboard-support.js';
import { startE2eHub } from './support/hub.js';
import { problemsIn, segments } from './support/strings-sweep.js';

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
    // Every state and detail in the page's language, never the device's own code (issue #15).
    await expect(printerRow.getByTestId('health-detail')).toHaveText(
      lang === 'en' ? 'Paper near end' : 'الورق قارب على النفاد',
    );
    await expect(printerRow).not.toContainText('paper-near-end');
    const displayRow = section.locator('tr[data-device="display-t"]');
    await expect(displayRow.getByTestId('health-state')).toHaveText(lang === 'en' ? 'Offline' : 'غير متصل');
    // A board without speech voices says so in words, its languages named in the page's language.
    const board = await connect(hub.url, '/display', { deviceKey: DISPLAY_KEY });
    try {
      const beat = await emitAck(board, HEARTBEAT_EVENT, {
        app: 'display',
        instanceId: 'health-board-1',
        version: VERSION,
        speechMissing: ['ar', 'en'],
      });
      expect(beat.ok).toBe(true);
      await expect(displayRow.getByTestId('health-detail')).toHaveText(
        lang === 'en' ? 'No speech voice: Arabic and English' : 'صوت النطق غير متوفر: العربية والإنجليزية',
      );
      await expect(displayRow).not.toContainText('no-speech-voice');
      // The sweep's checker: no raw code, enum value or (in Arabic) Latin word on the page.
      expect(problemsIn(await segments(page), lang)).toEqual([]);
    } finally {
      board.disconnect();
    }
    await section.scrollIntoViewIfNeeded();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `test-results/dashboard-health-${lang}.png` });

    // The kiosk goes away: the panel follows without a reload.
    await kioskCtx.close();
    await expect(kioskRow.getByTestId('health-state')).toHaveText(lang === 'en' ? 'Offline' : 'غير متصل');
  });
}
