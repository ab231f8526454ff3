import { expect, test } from '@playwright/test';
import type { TestHub } from '../support/hub.js';
import { startE2eHub } from './support/hub.js';
import { expectNoAxeViolations } from './counter-support.js';

let hub: TestHub;
test.beforeAll(async () => {
  hub = await startE2eHub();
});
test.afterAll(async () => hub?.cleanup());

test('a floor assistant issues a ticket at the door and sees the queue grow', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(`${hub.url}/floor/`);
  await page.locator('input[name="username"]').fill('floor');
  await page.locator('input[name="pin"]').fill('112233');
  await page.locator('form.sign-in button[type="submit"]').click();
  await expect(page.getByTestId('floor-queue-q-traffic').getByTestId('waiting')).toHaveText('0');
  await page.locator('select[name="service"]').selectOption('licence-renew');
  await page.locator('select[name="priority"]').selectOption('senior');
  await page.locator('button[type="submit"]').click();
  await expect(page.getByTestId('issued')).toContainText('C001');
  await expect(page.getByTestId('floor-queue-q-traffic').getByTestId('waiting')).toHaveText('1');
  await expectNoAxeViolations(page);
});
