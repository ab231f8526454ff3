/**
 * A public holiday on the citizen's screens (issue #15), in Debian's Chromium at the devices' sizes:
 * the kiosk's welcome says "المركز مغلق اليوم: عيد الاتحاد" and when it opens (skipping the second
 * day of the holiday), in Arabic and English, axe clean; `/join/` says the same and sends no code.
 * Wednesday 2 December 2026 in Dubai, 10:00: the demo centre would be open; the 2nd and 3rd are
 * listed as National Day, so it opens on Friday the 4th at 7:30.
 */
import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { startKioskE2e, type KioskE2e } from '../kiosk/e2e-fixture.js';
import { expectAccessible } from '../kiosk/e2e-helpers.js';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';

const WEDNESDAY_1000 = Date.UTC(2026, 11, 2, 6, 0);
const reason = { ar: 'عيد الاتحاد', en: 'National Day' };
const started = Date.now();
let k: KioskE2e;

test.beforeAll(async () => {
  mkdirSync('artifacts/screens', { recursive: true });
  k = await startKioskE2e({
    clock: { now: () => WEDNESDAY_1000 + (Date.now() - started) },
    catalogue: {
      ...DEMO_CATALOGUE,
      centre: {
        ...DEMO_CATALOGUE.centre,
        closedDates: [
          { date: '2026-12-02', reason },
          { date: '2026-12-03', reason },
        ],
      },
    },
  });
});
test.afterAll(async () => k?.cleanup());

test('the kiosk welcome names the holiday and the next opening, in Arabic and English', async ({ page }) => {
  await page.setViewportSize({ width: 1080, height: 1920 });
  await page.goto(k.kioskUrl);
  const opening = page.getByTestId('opening');
  await expect(opening).toHaveAttribute('data-status', 'closed');
  await expect(opening).toContainText('المركز مغلق اليوم: عيد الاتحاد');
  await expect(opening).toContainText('يفتح الجمعة 7:30 ص');
  await expectAccessible(page, 'kiosk holiday (ar)');
  await page.screenshot({ path: 'artifacts/screens/kiosk-holiday-ar.png' });
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(opening).toContainText('The centre is closed today: National Day');
  await expect(opening).toContainText('Opens on Friday at 7:30');
  await expectAccessible(page, 'kiosk holiday (en)');
  await page.screenshot({ path: 'artifacts/screens/kiosk-holiday-en.png' });
});

test('the phone join page says the same (the hub refuses its code: tests/opening/holidays-hub.test.ts)', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${k.hub.url}/join/`);
  const closed = page.getByTestId('centre-closed');
  await expect(closed).toContainText('المركز مغلق اليوم: عيد الاتحاد');
  await expect(page.getByTestId('next-opening')).toContainText('الجمعة');
  await page.screenshot({ path: 'artifacts/screens/phone-join-holiday-ar.png' });
  await page.goto(`${k.hub.url}/join/?lang=en`);
  await expect(page.getByTestId('centre-closed')).toContainText('The centre is closed today: National Day');
});
