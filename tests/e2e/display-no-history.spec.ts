/**
 * A board set to keep no earlier calls (`history` 0) would say "no earlier calls yet" all day: it
 * shows no earlier-calls section at all and gives the waiting table the room, still fitting a
 * 1920×1080 and a 1080×1920 screen; a board that keeps history still has the section.
 */
import { expect, test } from '@playwright/test';
import { api, DISPLAY_KEY, login, type TestHub } from '../support/hub.js';
import { startE2eHub } from './support/hub.js';
import { issue } from './counter-support.js';
import { layoutProblems, SCREENS } from './support/display-layout.js';

/** Monday 7 December 2026, 10:00 in Dubai at real speed: the demo centre is open. */
const shift = Date.parse('2026-12-07T10:00:00+04:00') - Date.now();
const openHours = { now: () => Date.now() + shift };

let hub: TestHub;
let earlierTicket = '';
let latestTicket = '';
test.beforeAll(async () => {
  hub = await startE2eHub({ clock: openHours });
  // Two calls: the first has moved down, so a board that keeps history lists it.
  const callAt = async (counter: string, agent: string, pin: string) => {
    const auth = `Bearer ${await login(hub.url, agent, pin)}`;
    expect((await api(hub.url, 'POST', `/counters/${counter}/open`, auth)).status).toBe(200);
    expect((await api(hub.url, 'POST', `/counters/${counter}/call-next`, auth)).status).toBe(200);
  };
  earlierTicket = (await issue(hub.url, 'residency-renew')).visit.ticket;
  await callAt('c3', 'agent3', '333333');
  latestTicket = (await issue(hub.url, 'eid-renew')).visit.ticket;
  await callAt('c1', 'agent1', '111111');
  // People waiting, so the table has rows to lay out.
  for (const s of ['eid-renew', 'residency-renew']) await issue(hub.url, s);
});
test.afterAll(async () => hub?.cleanup());

for (const screen of SCREENS)
  test(`history 0: no earlier-calls section, and the board fits ${screen.width}×${screen.height}`, async ({
    browser,
  }) => {
    const ctx = await browser.newContext({ viewport: { width: screen.width, height: screen.height } });
    const board = await ctx.newPage();
    try {
      await board.goto(`${hub.url}/display/#key=${DISPLAY_KEY}&lang=ar,en&history=0`);
      await expect(board.getByTestId('latest-call')).toHaveAttribute('data-ticket', latestTicket);
      await expect(board.locator('[data-testid^="waiting-"]').first()).toBeVisible();
      await expect(board.locator('section.history')).toHaveCount(0);
      await expect(board.getByTestId('no-earlier-calls')).toHaveCount(0);
      await expect(board.getByTestId('call-history')).toHaveCount(0);
      await board.evaluate(() => document.fonts.ready);
      expect(await layoutProblems(board)).toEqual([]);
      // The waiting table has the board's whole width (less its padding), not the 58 % beside the history.
      const waitingWidth = await board
        .locator('section.waiting')
        .evaluate((e) => e.getBoundingClientRect().width);
      expect(waitingWidth).toBeGreaterThan(screen.width * 0.9);
      await board.screenshot({ path: `test-results/screens/display-no-history-${screen.name}.png` });
    } finally {
      await ctx.close();
    }
  });

test('history above 0: the earlier-calls section is there with the call that moved down', async ({
  browser,
}) => {
  const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const board = await ctx.newPage();
  try {
    await board.goto(`${hub.url}/display/#key=${DISPLAY_KEY}&lang=ar,en&history=6`);
    await expect(board.getByTestId('latest-call')).toHaveAttribute('data-ticket', latestTicket);
    await expect(board.locator('section.history')).toBeVisible();
    await expect(board.getByTestId('call-history').locator('li')).toHaveText([new RegExp(earlierTicket)]);
    await board.evaluate(() => document.fonts.ready);
    expect(await layoutProblems(board)).toEqual([]);
  } finally {
    await ctx.close();
  }
});
