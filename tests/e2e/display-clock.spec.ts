/**
 * The board's clock is the hub's (issue #15): a TV whose own clock is off must not show a waiting
 * room the wrong time, as the board's "closed" notice already follows the hub's clock. The hub runs
 * from Monday 7 December 2026, 10:00 in Dubai; the screen's clock says 05:00 that morning.
 */
import { expect, test } from '@playwright/test';
import { DISPLAY_KEY } from '../support/hub.js';
import { hubAt } from './support/hub.js';

test.describe('a board whose own clock is five hours behind the hub’s', () => {
  const hub = hubAt(Date.parse('2026-12-07T10:00:00+04:00'));

  test('shows the hub’s time', async ({ page }) => {
    // Date.now() in the page is fixed at the screen's wrong time; its timers still run.
    await page.clock.setFixedTime(new Date('2026-12-07T05:00:00+04:00'));
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`${hub().url}/display/#key=${DISPLAY_KEY}&lang=ar,en`);
    // The hub's clock runs on from 10:00 at real speed: still ten o'clock while the test runs.
    await expect(page.getByTestId('clock')).toHaveText(/^(10|١٠):[0-5٠-٥][0-9٠-٩]/);
    await page.screenshot({ path: 'test-results/screens/display-hub-clock.png' });
  });
});
