/**
 * Issue #15: the counter and the dashboard rate each waiting visit against its own service's target.
 * In a queue with a 10-minute and a 30-minute service, a visit of the 30-minute service waiting 15
 * minutes is within target on both screens (the counter used the strictest target, 10 minutes, and
 * said "Past target" while the dashboard said "On target"); a 10-minute-service visit waiting as long
 * is past target on both.
 */
import { expect, test } from '@playwright/test';
import type { TestHub } from '../support/hub.js';
import { openAllDay } from '../support/hub.js';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';
import { startE2eHub } from './support/hub.js';
import { issue, openCounter } from './counter-support.js';
import { signInToDashboard } from './dashboard-support.js';

const MINUTE = 60_000;
// The hub's clock: the test moves it on instead of waiting.
let now = Date.now();
let hub: TestHub;
test.beforeAll(async () => {
  const catalogue = structuredClone(openAllDay(DEMO_CATALOGUE));
  for (const s of catalogue.services) {
    if (s.id === 'traffic-fines') s.target.withinMinutes = 10;
    if (s.id === 'vehicle-register') s.target.withinMinutes = 30;
  }
  hub = await startE2eHub({ clock: { now: () => now }, catalogue });
});
test.afterAll(async () => hub?.cleanup());

test('a 30-minute-service visit waiting 15 minutes is within target on the counter and the dashboard', async ({
  browser,
}) => {
  const counter = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  const dashboard = await browser.newPage();
  await issue(hub.url, 'vehicle-register');
  await openCounter(counter, hub.url, 'agent4', '444444', 'c4');
  await counter.goto(`${hub.url}/counter/?lang=en`);
  await signInToDashboard(dashboard, hub.url, 'en');
  const counterLevel = counter.getByTestId('queue-q-traffic').locator('.level');
  const dashboardLevel = dashboard.locator('tr[data-queue="q-traffic"] .sl');
  await expect(counter.getByTestId('queue-q-traffic').getByTestId('waiting')).toHaveText('1');

  // Fifteen minutes on: past the queue's strictest target (10), within the visit's own (30). A new
  // ticket makes the hub push the new figures to both screens.
  now += 15 * MINUTE;
  await issue(hub.url, 'vehicle-register');
  await expect(counter.getByTestId('queue-q-traffic').getByTestId('waiting')).toHaveText('2');
  await expect(counterLevel).toHaveClass(/level-green/);
  await expect(counterLevel).toHaveText('Within target');
  await expect(dashboardLevel).toHaveClass(/sl-green/);

  // A traffic-fines visit (10 minutes) waiting 15 minutes is past target on both.
  await issue(hub.url, 'traffic-fines');
  now += 15 * MINUTE;
  await issue(hub.url, 'vehicle-register');
  await expect(counter.getByTestId('queue-q-traffic').getByTestId('waiting')).toHaveText('4');
  await expect(counterLevel).toHaveClass(/level-red/);
  await expect(counterLevel).toHaveText('Past target');
  await expect(dashboardLevel).toHaveClass(/sl-red/);
  await counter.close();
  await dashboard.close();
});
