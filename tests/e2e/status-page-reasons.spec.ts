/**
 * The phone's status page says only what it knows (issue #15): "An estimate; it changes as the queue
 * moves" stands under a figure, never under "No counter open now"; and the first in a line is told
 * nobody is ahead of them in that line, not "You are next": the one open counter may call other
 * queues' tickets first (the demo's counters all take the longest wait anywhere at the end).
 */
import { expect, test } from '@playwright/test';
import { api, KIOSK_KEY, login, type TestHub } from '../support/hub.js';
import { IssuedTicket } from '../../shared/contract/views.js';
import { startE2eHub } from './support/hub.js';
import { issue } from './counter-support.js';
import { statusPage } from '../../shared/i18n/apps/status.js';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

/** Monday 7 December 2026, 10:00 in Dubai at real speed: the demo centre is open. */
const shift = Date.parse('2026-12-07T10:00:00+04:00') - Date.now();
let hub: TestHub;
test.beforeAll(async () => {
  hub = await startE2eHub({ clock: { now: () => Date.now() + shift } });
});
test.afterAll(async () => hub?.cleanup());

test('no counter open: no "an estimate" note; a counter opens: the figure and its note', async ({ page }) => {
  const traffic = await issue(hub.url, 'licence-renew');
  const issued = await api(hub.url, 'POST', '/visits', `Device ${KIOSK_KEY}`, {
    serviceId: 'work-permit',
    idempotencyKey: `status-reasons-${process.pid}-${Date.now()}`,
  });
  expect(issued.status).toBe(200);
  const labour = IssuedTicket.parse(issued.body);
  await page.goto(`${hub.url}${labour.statusPath}?lang=en`);
  await expect(page.getByText(labour.visit.ticket)).toBeVisible();
  await expect(page.getByTestId('estimate')).toHaveText('No counter open now');
  await expect(page.getByTestId('estimate-note')).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText(statusPage.en.estimateNote);
  // First in the Labour line, with a Traffic ticket the same counters may call first.
  await expect(page.getByTestId('position')).toHaveText('1');
  await expect(page.getByTestId('ahead')).toHaveText('Nobody ahead of you in this line');
  await expect(page.locator('body')).not.toContainText(/next/i);
  expect(traffic.visit.ticket).toMatch(/^C/);

  const agent = `Bearer ${await login(hub.url, 'agent4', '444444')}`;
  expect((await api(hub.url, 'POST', '/counters/c4/open', agent)).status).toBe(200);
  await expect(page.getByTestId('estimate')).not.toHaveText('No counter open now');
  await expect(page.getByTestId('estimate-note')).toHaveText(statusPage.en.estimateNote);
});
