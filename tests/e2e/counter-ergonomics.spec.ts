/**
 * Counter ergonomics (issue #15): at 1366×768 the action that moves the work on is the biggest
 * button in each state ("Call next" idle, "Start serving" once called, "Complete" while serving), a
 * priority visit is marked at a glance, and a transfer to a queue starts on another queue.
 */
import { expect, test, type Page } from '@playwright/test';
import type { TestHub } from '../support/hub.js';
import { startE2eHub } from './support/hub.js';
import { issue, openCounter } from './counter-support.js';

let hub: TestHub;
test.beforeAll(async () => {
  hub = await startE2eHub();
});
test.afterAll(async () => hub?.cleanup());
test.use({ viewport: { width: 1366, height: 768 } });

/** The desk's action buttons by area, largest first, with whether each is enabled. */
async function actionsBySize(page: Page) {
  const buttons = page.getByTestId('actions').locator('button');
  const out: { action: string; area: number; enabled: boolean }[] = [];
  for (const b of await buttons.all()) {
    const box = await b.boundingBox();
    out.push({
      action: (await b.getAttribute('data-action')) ?? '',
      area: box ? box.width * box.height : 0,
      enabled: await b.isEnabled(),
    });
  }
  return out.sort((a, b) => b.area - a.area);
}

async function expectPrimary(page: Page, action: string) {
  await expect(page.locator(`[data-action="${action}"]`)).toBeEnabled();
  const sizes = await actionsBySize(page);
  expect(sizes[0]).toMatchObject({ action, enabled: true });
  // Clearly the biggest: at least twice the area of any other button.
  expect(sizes[0]!.area).toBeGreaterThan(2 * sizes[1]!.area);
}

test('the primary action is the biggest button in each state; a senior visit is highlighted', async ({
  page,
}) => {
  await openCounter(page, hub.url, 'agent1', '111111', 'c1');
  await expectPrimary(page, 'callNext');
  await page.screenshot({ path: 'test-results/screens/counter-primary-idle.png' });

  const senior = await issue(hub.url, 'eid-renew', { priority: 'senior' });
  await page.keyboard.press('n');
  await expect(page.getByTestId('current-ticket')).toHaveText(senior.visit.ticket);
  await expectPrimary(page, 'startServing');
  // The priority reason is shown with the ticket, as a badge, and in the customer panel.
  await expect(page.getByTestId('current-priority')).toContainText('كبار المواطنين');
  await expect(page.getByTestId('priority-reason')).toHaveClass(/priority-flag/);

  await page.keyboard.press('s');
  await expect(page.getByTestId('current-status')).toHaveText('قيد الخدمة');
  await expectPrimary(page, 'complete');
  // "Call next" is there but disabled and ordinary while serving.
  await expect(page.locator('[data-action="callNext"]')).toBeDisabled();
  await page.screenshot({ path: 'test-results/screens/counter-primary-serving.png' });

  await page.keyboard.press('c');
  await page.getByTestId('complete-form').locator('button[type="submit"]').click();
  await expect(page.getByTestId('current-ticket-empty')).toBeVisible();
  await expectPrimary(page, 'callNext');

  // A normal ticket carries no badge.
  const normal = await issue(hub.url, 'eid-renew');
  await page.keyboard.press('n');
  await expect(page.getByTestId('current-ticket')).toHaveText(normal.visit.ticket);
  await expect(page.getByTestId('current-priority')).toHaveCount(0);
});

test('a transfer to a queue defaults to another queue than the ticket’s own', async ({ page }) => {
  await openCounter(page, hub.url, 'agent2', '222222', 'c2');
  const v = await issue(hub.url, 'eid-renew');
  await page.locator('input[name="walk-direct"]').fill(v.visit.ticket);
  await page.locator('input[name="walk-direct"]').press('Enter');
  await expect(page.getByTestId('current-ticket')).toHaveText(v.visit.ticket);
  await page.keyboard.press('t');
  const queue = page.getByTestId('transfer-form').locator('select[name="queue"]');
  await expect(queue).toBeVisible();
  // eid-renew is in q-identity, the catalogue's first queue: the form starts on the next one.
  await expect(queue).not.toHaveValue('q-identity');
  await expect(queue).toHaveValue('q-residency');
});
