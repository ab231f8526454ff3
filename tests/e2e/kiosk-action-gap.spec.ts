/**
 * Touch targets on the kiosk's service screen keep apart (issue #15): "Print my ticket" and "Do it
 * here" sat edge to edge, so an elderly finger aiming for one could press the other. At 1080×1920,
 * in Arabic and English, the gap between the two is at least 16 px, and neither overlaps the other.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { startKioskE2e, type KioskE2e } from '../kiosk/e2e-fixture.js';
import { kiosk as kioskStrings } from '../../shared/i18n/apps/kiosk.js';

const MIN_GAP_PX = 16;

let k: KioskE2e;
test.beforeAll(async () => {
  k = await startKioskE2e();
});
test.afterAll(async () => k?.cleanup());

async function openService(page: Page, lang: 'ar' | 'en') {
  await page.setViewportSize({ width: 1080, height: 1920 });
  await page.goto(k.kioskUrl);
  if (lang === 'en') await page.getByRole('button', { name: 'English', exact: true }).click();
  await page.getByRole('button', { name: kioskStrings[lang].allServices, exact: true }).click();
  // A service button's name also carries its agency and wait: match the service's name within it.
  await page
    .getByRole('button', { name: lang === 'ar' ? 'تجديد بطاقة الهوية' : 'Renew Emirates ID' })
    .first()
    .click();
  await expect(page.getByTestId('screen-service')).toBeVisible();
}

async function box(l: Locator) {
  const b = await l.boundingBox();
  if (!b) throw new Error('not laid out');
  return b;
}

/** The empty space between two boxes, whichever way they sit (0 when they touch or overlap). */
function gapBetween(
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
): number {
  const vertical = Math.max(b.y - (a.y + a.height), a.y - (b.y + b.height));
  const horizontal = Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width));
  return Math.max(0, vertical, horizontal);
}

for (const lang of ['ar', 'en'] as const)
  test(`${lang}: "print my ticket" and "do it here" are at least ${MIN_GAP_PX} px apart`, async ({
    page,
  }) => {
    await openService(page, lang);
    const print = page.locator('.print-button');
    const here = page.getByTestId('do-it-here');
    await expect(print).toBeVisible();
    await expect(here).toBeVisible();
    const gap = gapBetween(await box(print), await box(here));
    expect(gap, `gap between the two buttons: ${gap} px`).toBeGreaterThanOrEqual(MIN_GAP_PX);
  });
