/**
 * The counter's transfer (T) and complete (C) forms open whole on a 1366×768 screen, in Arabic and
 * English: as a dialog over the desk, focus on the form's first field and its submit button inside
 * the window, the page itself not scrolled. Opened below the ticket in hand they fell below the fold.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { TestHub } from '../support/hub.js';
import { startE2eHub } from './support/hub.js';
import { expectNoAxeViolations, issue } from './counter-support.js';

const COUNTER = { width: 1366, height: 768 };

let hub: TestHub;
test.beforeAll(async () => {
  hub = await startE2eHub();
});
test.afterAll(async () => hub?.cleanup());
test.use({ viewport: COUNTER });

async function serveOne(page: Page, lang: 'ar' | 'en', n: number) {
  await page.goto(`${hub.url}/counter/${lang === 'en' ? '?lang=en' : ''}`);
  await page.locator('input[name="username"]').fill(`agent${n}`);
  await page.locator('input[name="pin"]').fill(String(n).repeat(6));
  await page.locator('form.sign-in button[type="submit"]').click();
  await page.locator('select[name="counter"]').selectOption(`c${n}`);
  await page.locator('button.primary', { hasText: /فتح الكاونتر|Open counter/ }).click();
  const v = await issue(hub.url, 'eid-renew');
  await page.locator('input[name="walk-direct"]').fill(v.visit.ticket);
  await page.locator('input[name="walk-direct"]').press('Enter');
  await expect(page.getByTestId('current-ticket')).toHaveText(v.visit.ticket);
  await page.locator('button[data-action="startServing"]').click();
  await expect(page.getByTestId('walking-time')).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
}

/** The form is whole in the window: top and bottom edges, and its submit button's, within 0..768; the page unscrolled. */
async function expectWhollyInView(page: Page, form: Locator) {
  const box = await form.boundingBox();
  const submit = await form.locator('button[type="submit"]').boundingBox();
  expect(box).not.toBeNull();
  expect(submit).not.toBeNull();
  for (const b of [box!, submit!]) {
    expect(b.y).toBeGreaterThanOrEqual(0);
    expect(b.y + b.height).toBeLessThanOrEqual(COUNTER.height);
    expect(b.x).toBeGreaterThanOrEqual(0);
    expect(b.x + b.width).toBeLessThanOrEqual(COUNTER.width);
  }
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
}

for (const [lang, n] of [
  ['ar', 1],
  ['en', 2],
] as const)
  test(`${lang}: transfer and complete open whole at 1366×768, on their first field`, async ({ page }) => {
    await serveOne(page, lang, n);

    await page.keyboard.press('t');
    const transfer = page.getByTestId('transfer-form');
    await expect(transfer).toBeVisible();
    await expectWhollyInView(page, transfer);
    // The first field: the kind of target, on "a queue".
    await expect(transfer.locator('input[name="transfer-kind"][value="queue"]')).toBeFocused();
    await page.screenshot({ path: `test-results/screenshots/counter-transfer-dialog-${lang}.png` });
    // While the form is open the desk's shortcuts do nothing (P would park the visit behind it).
    await page.keyboard.press('p');
    await expect(page.getByTestId('current-status')).toHaveText(/قيد الخدمة|Being served/);
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(transfer).toHaveCount(0);
    await expect(page.getByTestId('current-status')).toHaveText(/قيد الخدمة|Being served/);

    await page.keyboard.press('c');
    const complete = page.getByTestId('complete-form');
    await expect(complete).toBeVisible();
    await expectWhollyInView(page, complete);
    // The first field: the outcome of the first service delivered.
    await expect(complete.getByTestId('service-row-eid-renew').locator('select')).toBeFocused();
    await page.screenshot({ path: `test-results/screenshots/counter-complete-dialog-${lang}.png` });
    await expectNoAxeViolations(page);
    await complete.locator('button[type="submit"]').click();
    await expect(page.getByTestId('current-ticket-empty')).toBeVisible();
  });

/**
 * Break and "close counter with a ticket in hand" open as dialogs too (issue #15): inline they sat
 * small at the top of the column. Each opens whole at 1366×768 on its field, Escape cancels it with
 * nothing changed, and its submit button says what it does.
 */
for (const [lang, n] of [
  ['ar', 3],
  ['en', 5],
] as const)
  test(`${lang}: break and close-with-a-visit open as dialogs at 1366×768`, async ({ page }) => {
    await serveOne(page, lang, n);
    const takeBreak = lang === 'en' ? 'Break' : 'استراحة';
    const closeCounter = lang === 'en' ? 'Close counter' : 'إغلاق الكاونتر';
    const statusControls = page.locator('.status-controls > .row');

    await statusControls.getByRole('button', { name: closeCounter }).click();
    const close = page.getByRole('dialog', { name: closeCounter });
    // A modal dialog (the desk behind it inert), not a form inline in the column.
    const closeForm = close.getByTestId('close-form');
    await expect(closeForm).toBeVisible();
    await expectWhollyInView(page, closeForm);
    await expect(closeForm.locator('select[name="close-outcome"]')).toBeFocused();
    await expect(closeForm.locator('button[type="submit"]')).toHaveText(closeCounter);
    await page.screenshot({ path: `test-results/screenshots/counter-close-dialog-${lang}.png` });
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(closeForm).toHaveCount(0);
    await expect(page.getByTestId('current-status')).toHaveText(/قيد الخدمة|Being served/);

    // A break waits until the visit in hand is done (the hub refuses it while serving).
    await page.keyboard.press('c');
    await page.getByTestId('complete-form').locator('button[type="submit"]').click();
    await expect(page.getByTestId('current-ticket-empty')).toBeVisible();
    await statusControls.getByRole('button', { name: takeBreak }).click();
    const breakForm = page.getByRole('dialog', { name: takeBreak }).getByTestId('break-form');
    await expect(breakForm).toBeVisible();
    await expectWhollyInView(page, breakForm);
    await expect(breakForm.locator('input[name="break-reason"]')).toBeFocused();
    await page.keyboard.type('prayer');
    await page.screenshot({ path: `test-results/screenshots/counter-break-dialog-${lang}.png` });
    await expectNoAxeViolations(page);
    await page.keyboard.press('Enter');
    await expect(breakForm).toHaveCount(0);
    await expect(page.getByTestId('counter-status')).toContainText('(prayer)');
  });
