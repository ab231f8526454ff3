/**
 * The floor app's "إصدار التذكرة" is disabled until a service is chosen, and must look it (U11: it
 * kept the primary button's dark fill, as staff.css's `button.primary` came after `button:disabled`).
 */
import { expect, test } from '@playwright/test';
import type { TestHub } from '../support/hub.js';
import { startE2eHub } from './support/hub.js';

let hub: TestHub;
test.beforeAll(async () => {
  hub = await startE2eHub();
});
test.afterAll(async () => hub?.cleanup());

test('"issue ticket" with no service chosen looks disabled, and primary once one is', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(`${hub.url}/floor/`);
  await page.locator('input[name="username"]').fill('floor');
  await page.locator('input[name="pin"]').fill('112233');
  await page.locator('form.sign-in button[type="submit"]').click();
  const issue = page.locator('button.primary.big[type="submit"]');
  await expect(issue).toBeDisabled();
  const looks = () =>
    issue.evaluate((el) => {
      const s = getComputedStyle(el);
      return { background: s.backgroundColor, color: s.color, borderStyle: s.borderTopStyle };
    });
  const off = await looks();
  await page.locator('select[name="service"]').selectOption('licence-renew');
  await expect(issue).toBeEnabled();
  const on = await looks();
  expect(off.background, 'fill when disabled').not.toBe(on.background);
  expect(off.color, 'text when disabled').not.toBe(on.color);
  expect(off.borderStyle, 'border when disabled').toBe('dashed');
  expect(on.borderStyle, 'border when enabled').toBe('solid');
});
