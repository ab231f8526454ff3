/**
 * The counter desk fits a 1366×768 screen (issue #15): with a ticket called and while serving it,
 * every control, "call a specific ticket" included, is on screen without scrolling, in Arabic and
 * English (the counter has no larger-text mode). Measured on the page's own scroll height, the
 * desk column's (the customer panel's column may scroll a long history on its own) and the walk-in
 * form's bottom edge.
 */
import { expect, test, type Page } from '@playwright/test';
import { startKioskE2e, type KioskE2e } from '../kiosk/e2e-fixture.js';
import { issue } from './counter-support.js';

const COUNTER = { width: 1366, height: 768 };

test.use({ actionTimeout: 15_000 });

let k: KioskE2e;
test.beforeAll(async () => {
  k = await startKioskE2e();
  // Work for every queue, so each language's counter has tickets to call.
  for (const service of ['eid-renew', 'residency-renew', 'licence-renew'])
    for (let i = 0; i < 2; i++) await issue(k.hub.url, service);
});
test.afterAll(async () => k?.cleanup());

/** The page's height beyond the window, and how far below the window's bottom the walk-in form ends. */
async function overflow(page: Page): Promise<{ page: number; deskColumn: number; walkIn: number }> {
  return page.evaluate(() => {
    const walkIn = document.querySelector('input[name="walk-direct"]')?.closest('form');
    const bottom = walkIn ? walkIn.getBoundingClientRect().bottom : Infinity;
    // The column with the ticket in hand and its actions must not need its own scrolling either.
    const column = document.querySelector('[data-testid="actions"]')?.closest('.column');
    return {
      page: document.documentElement.scrollHeight - window.innerHeight,
      deskColumn: column ? Math.max(0, column.scrollHeight - column.clientHeight) : Infinity,
      walkIn: Math.max(0, Math.ceil(bottom - window.innerHeight)),
    };
  });
}

for (const [lang, n] of [
  ['ar', 5],
  ['en', 8],
] as const)
  test(`${lang}: called and serving, the desk fits 1366×768 with nothing below the fold`, async ({
    page,
  }) => {
    await page.setViewportSize(COUNTER);
    await page.goto(`${k.hub.url}/counter/${lang === 'en' ? '?lang=en' : ''}`);
    await page.locator('input[name="username"]').fill(`agent${n}`);
    await page.locator('input[name="pin"]').fill(String(n).repeat(6));
    await page.locator('form.sign-in button[type="submit"]').click();
    await page.locator('select[name="counter"]').selectOption(`c${n}`);
    await page.locator('button.primary', { hasText: /فتح الكاونتر|Open counter/ }).click();
    await page.locator('button.call-next').click();
    await expect(page.getByTestId('customer-panel')).toBeVisible();
    await page.evaluate(() => document.fonts.ready);
    expect(await overflow(page), 'called').toEqual({ page: 0, deskColumn: 0, walkIn: 0 });
    await page.locator('button[data-action="startServing"]').click();
    await expect(page.getByTestId('current-status')).not.toHaveText(/تم النداء|Called/);
    await expect(page.getByTestId('walking-time')).toBeVisible();
    expect(await overflow(page), 'serving').toEqual({ page: 0, deskColumn: 0, walkIn: 0 });
  });
