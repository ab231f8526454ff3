/**
 * A queue's added announcement languages (issue #19) are a field of the queue's form on the
 * dashboard: every shipped language beyond Arabic and English, each named in itself; the ones ticked
 * are saved in the order ticked, unticked ones leave; the form passes axe. On a 1440×900 screen.
 */
import { expect, test } from '@playwright/test';
import type { TestHub } from '../support/hub.js';
import { startE2eHub } from './support/hub.js';
import { signInToDashboard } from './dashboard-support.js';
import { expectNoAxeViolations } from './counter-support.js';

let hub: TestHub;
test.beforeAll(async () => {
  hub = await startE2eHub();
});
test.afterAll(async () => hub?.cleanup());

test('a queue’s extra announcement languages are ticked on its form and saved in order', async ({ page }) => {
  await signInToDashboard(page, hub.url, 'en');
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.getByRole('button', { name: 'Configuration' }).click();
  await expect(page.getByTestId('catalogue-editor')).toBeVisible();
  await page.getByRole('button', { name: 'Queues', exact: true }).click();
  const queue = hub.hub.catalogue.queues.find((q) => q.id === 'q-residency')!;
  await page.getByRole('button', { name: `Edit: ${queue.name.en}` }).click();
  const form = page.locator('form.cfg-form');
  const group = form.getByRole('group', { name: /announce this queue's calls/ });
  await expect(group.getByRole('checkbox')).toHaveCount(6);
  await expect(group).toContainText('اردو · Urdu');
  await expect(group).toContainText('മലയാളം · Malayalam');
  await group.getByLabel('മലയാളം · Malayalam').check();
  await group.getByLabel('اردو · Urdu').check();
  await expectNoAxeViolations(page);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('cfg-notice')).toHaveText('Saved and applied.');
  await expect
    .poll(() => hub.hub.catalogue.queues.find((q) => q.id === queue.id)?.announcementLanguages)
    .toEqual(['ml', 'ur']);

  await page.getByRole('button', { name: `Edit: ${queue.name.en}` }).click();
  await form
    .getByRole('group', { name: /announce this queue's calls/ })
    .getByLabel('മലയാളം · Malayalam')
    .uncheck();
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('cfg-notice')).toHaveText('Saved and applied.');
  await expect
    .poll(() => hub.hub.catalogue.queues.find((q) => q.id === queue.id)?.announcementLanguages)
    .toEqual(['ur']);
});
