/**
 * Before the day's second call the board's "Earlier calls" has nothing to list: it says so in both
 * of the screen's languages, each in its own lang and direction, rather than leave a heading over
 * half an empty board; once a call has moved down, the list takes its place. Either language order.
 */
import { expect, test } from '@playwright/test';
import { api, DISPLAY_KEY, login, type TestHub } from '../support/hub.js';
import { startE2eHub } from './support/hub.js';
import { expectNoAxeViolations, issue } from './counter-support.js';

/** Monday 7 December 2026, 10:00 in Dubai at real speed: the demo centre is open. */
const shift = Date.parse('2026-12-07T10:00:00+04:00') - Date.now();
const openHours = { now: () => Date.now() + shift };

let hub: TestHub;
test.beforeAll(async () => {
  hub = await startE2eHub({ clock: openHours });
});
test.afterAll(async () => hub?.cleanup());

async function callAt(counter: string, agent: string, pin: string) {
  const auth = `Bearer ${await login(hub.url, agent, pin)}`;
  expect((await api(hub.url, 'POST', `/counters/${counter}/open`, auth)).status).toBe(200);
  expect((await api(hub.url, 'POST', `/counters/${counter}/call-next`, auth)).status).toBe(200);
}

test('no calls, then one, then two: "no earlier calls yet" until a call moves down', async ({ browser }) => {
  const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const boards = await Promise.all(
    (['ar,en', 'en,ar'] as const).map(async (order) => {
      const board = await ctx.newPage();
      await board.goto(`${hub.url}/display/#key=${DISPLAY_KEY}&lang=${order}`);
      return board;
    }),
  );
  try {
    for (const [i, board] of boards.entries()) {
      const none = board.getByTestId('no-earlier-calls');
      await expect(none).toBeVisible();
      const [first, second] = i === 0 ? (['ar', 'en'] as const) : (['en', 'ar'] as const);
      const words = { ar: 'لا نداءات سابقة بعد', en: 'No earlier calls yet' };
      await expect(none.locator('.first')).toHaveAttribute('lang', first);
      await expect(none.locator('.first')).toHaveText(words[first]);
      await expect(none.locator('.second')).toHaveAttribute('lang', second);
      await expect(none.locator('.second')).toHaveText(words[second]);
      await expect(none.locator('[lang="ar"]')).toHaveAttribute('dir', 'rtl');
      await expect(none.locator('[lang="en"]')).toHaveAttribute('dir', 'ltr');
      await expectNoAxeViolations(board);
      await board.screenshot({ path: `test-results/screenshots/display-no-earlier-${i}.png` });
    }

    // One call: it is the latest; still nothing earlier.
    const a = await issue(hub.url, 'residency-renew');
    await callAt('c3', 'agent3', '333333');
    for (const board of boards) {
      await expect(board.getByTestId('latest-call')).toHaveAttribute('data-ticket', a.visit.ticket);
      await expect(board.getByTestId('no-earlier-calls')).toBeVisible();
    }

    // A second call moves the first down: the list replaces the words.
    const b = await issue(hub.url, 'eid-renew');
    await callAt('c1', 'agent1', '111111');
    for (const board of boards) {
      await expect(board.getByTestId('latest-call')).toHaveAttribute('data-ticket', b.visit.ticket);
      await expect(board.getByTestId('call-history').locator('li')).toHaveText([new RegExp(a.visit.ticket)]);
      await expect(board.getByTestId('no-earlier-calls')).toHaveCount(0);
    }
  } finally {
    await ctx.close();
  }
});
