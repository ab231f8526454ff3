/**
 * The board says why it has nothing to show (issue #15): closed, "مغلق · يفتح الأحد ٧:٣٠ ص" / "Closed ·
 * opens Sunday 7:30" in the call's place, where it said "No calls yet" while the kiosk and the phone
 * said closed; open with no counter open, a closed door in each row under the heading "لا كاونتر" /
 * "No counter", where each row showed a bare "—". Both fit a 1920×1080 and a 1080×1920 screen,
 * in either language order. The demo hours: Sun–Thu 07:30–20:00, Fri 07:30–12:00, Sat closed.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { api, DISPLAY_KEY, login } from '../support/hub.js';
import { hubAt } from './support/hub.js';
import { issue } from './counter-support.js';
import { layoutProblems, SCREENS } from './support/display-layout.js';

/**
 * Opens the board at `url` on a screen of `screen`'s size, runs `check` on it, then saves
 * `test-results/screens/display-<shot>.png` to look at and checks the whole board fits the screen.
 */
async function onBoard(
  browser: Browser,
  screen: (typeof SCREENS)[number],
  url: string,
  shot: string,
  check: (board: Page) => Promise<void>,
): Promise<void> {
  const ctx = await browser.newContext({ viewport: { width: screen.width, height: screen.height } });
  const board = await ctx.newPage();
  try {
    await board.goto(url);
    await check(board);
    await board.evaluate(() => document.fonts.ready);
    await board.screenshot({ path: `test-results/screens/display-${shot}.png` });
    expect(await layoutProblems(board)).toEqual([]);
  } finally {
    await ctx.close();
  }
}

test.describe('Friday afternoon, after the centre closed at 12:00', () => {
  // Friday 28 February 2025, 13:00 in Dubai: closed until Sunday 07:30.
  const hub = hubAt(Date.UTC(2025, 1, 28, 9, 0));

  for (const screen of SCREENS)
    for (const order of ['ar,en', 'en,ar'] as const)
      test(`the board says it is closed and when it opens, in both languages (${screen.name}, ${order})`, async ({
        browser,
      }) => {
        const url = `${hub().url}/display/#key=${DISPLAY_KEY}&lang=${order}`;
        await onBoard(browser, screen, url, `closed-${screen.name}-${order}`, async (board) => {
          const closed = board.getByTestId('board-closed');
          await expect(closed).toBeVisible();
          await expect(closed.locator('[lang="ar"]')).toHaveText(/^مغلق · يفتح الأحد (7:30 ص|٧:٣٠ ص)$/);
          await expect(closed.locator('[lang="ar"]')).toHaveAttribute('dir', 'rtl');
          await expect(closed.locator('[lang="en"]')).toHaveText('Closed · opens Sunday 7:30');
          await expect(closed.locator('[lang="en"]')).toHaveAttribute('dir', 'ltr');
          await expect(closed.locator('.first')).toHaveAttribute('lang', order.slice(0, 2));
          // Instead of "no calls yet", not beside it.
          await expect(board.locator('.latest')).not.toContainText(/No calls yet|لا توجد نداءات بعد/);
        });
      });
});

test.describe('Monday morning, open, no counter open yet', () => {
  // Monday 7 December 2026, 10:00 in Dubai: open; nobody has opened a counter on this hub.
  const hub = hubAt(Date.parse('2026-12-07T10:00:00+04:00'));

  for (const screen of SCREENS)
    for (const order of ['ar,en', 'en,ar'] as const)
      test(`the minutes column says no counter is open, not a bare dash (${screen.name}, ${order})`, async ({
        browser,
      }) => {
        const url = `${hub().url}/display/#key=${DISPLAY_KEY}&lang=${order}`;
        await onBoard(browser, screen, url, `no-counter-${screen.name}-${order}`, async (board) => {
          // No queue has a counter: a closed door in every row, and the column's heading says so in
          // both languages (instead of "Minutes", which it has none of).
          const cells = board.getByTestId('wait-now');
          await expect(cells).toHaveCount(5);
          for (const cell of await cells.all()) {
            await expect(cell).toHaveAttribute('data-wait', 'none');
            await expect(cell.locator('svg.no-counter-mark')).toBeVisible();
          }
          await expect(board.locator('section.waiting')).not.toContainText('—');
          const heading = board.getByTestId('minutes-heading');
          await expect(heading.locator('[lang="ar"]')).toHaveText('لا كاونتر');
          await expect(heading.locator('[lang="en"]')).toHaveText('No counter');
          // Open, so not "closed".
          await expect(board.getByTestId('board-closed')).toHaveCount(0);
        });
      });
});

test.describe('a full board, then no counter open', () => {
  // Monday 7 December 2026, 10:00 in Dubai: counter 1 opens, calls twelve times, then closes.
  const hub = hubAt(Date.parse('2026-12-07T10:00:00+04:00'));
  let ready: Promise<void> | undefined;
  const callTwelve = () =>
    (ready ??= (async () => {
      const url = hub().url;
      const auth = `Bearer ${await login(url, 'agent1', '111111')}`;
      expect((await api(url, 'POST', '/counters/c1/open', auth)).status).toBe(200);
      for (let i = 0; i < 12; i++) {
        // The last in Urdu: the board writes it under the call too, the tallest call box there is.
        const { visit } = await issue(url, 'eid-renew', i === 11 ? { language: 'ur' } : {});
        expect((await api(url, 'POST', '/counters/c1/call-next', auth)).status).toBe(200);
        await api(url, 'POST', `/counters/c1/start/${visit.id}`, auth);
        const done = await api(url, 'POST', `/counters/c1/complete/${visit.id}`, auth, {
          services: [{ serviceId: 'eid-renew', outcome: 'done' }],
        });
        expect(done.status).toBe(200);
      }
      // The counter closes (every demo profile reaches every queue, so now none has a counter) and
      // people still wait.
      expect((await api(url, 'POST', '/counters/c1/status', auth, { status: 'closed' })).status).toBe(200);
      for (const s of ['licence-renew', 'building-permit', 'work-permit']) await issue(url, s);
    })());

  for (const screen of SCREENS)
    test(`ten earlier calls, a visitor's line and "no counter open" fit (${screen.name})`, async ({
      browser,
    }) => {
      await callTwelve();
      const url = `${hub().url}/display/#key=${DISPLAY_KEY}&lang=ar,en&history=10`;
      await onBoard(browser, screen, url, `unserved-${screen.name}`, async (board) => {
        await expect(board.getByTestId('call-history').locator('li')).toHaveCount(10);
        await expect(board.getByTestId('visitor-line')).toBeVisible();
        await expect(board.getByTestId('minutes-heading')).toContainText('No counter');
        await expect(board.getByTestId('waiting-q-labour').locator('svg.no-counter-mark')).toBeVisible();
      });
    });
});
