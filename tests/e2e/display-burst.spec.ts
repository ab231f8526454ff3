/**
 * A busy board (U11, session 11): counters 2, 3 and 4 call within a second. Each call is shown large
 * in turn, in the order the calls came, while the announcer says that ticket; a call still waiting
 * for its turn is not in "earlier calls" (it would read as called and gone). Earlier calls run newest
 * first, down the first column and on down the second, the rows shared evenly (six are three and
 * three, never five and a lone one that reads as the newest). A recall is shown large again with
 * its mark. The board still fits both screens, and a reload keeps what was shown.
 *
 * Time is driven with Playwright's clock (the announcer holds each call on the page's timers): the
 * test asserts the order calls are shown in, never how long anything takes.
 */
import { expect, test, type Page } from '@playwright/test';
import { api, DISPLAY_KEY, login, type TestHub } from '../support/hub.js';
import { startE2eHub } from './support/hub.js';
import { issue } from './counter-support.js';
import { layoutProblems, SCREENS } from './support/display-layout.js';

/** Monday 7 December 2026, 10:00 in Dubai at real speed: the demo centre is open. */
const shift = Date.parse('2026-12-07T10:00:00+04:00') - Date.now();

async function callNext(
  hub: TestHub,
  counter: string,
  auth: string,
): Promise<{ id: string; ticket: string }> {
  const called = await api(hub.url, 'POST', `/counters/${counter}/call-next`, auth);
  expect(called.status).toBe(200);
  const id = String(called.body.id);
  const visit = await api(hub.url, 'GET', `/visits/${id}`, auth);
  return { id, ticket: (visit.body.visit as { ticket: string }).ticket };
}

/** The ticket in the large box and the one the announcer is saying (null when it says nothing). */
async function shownAndSaid(page: Page) {
  const large = await page.getByTestId('latest-call').getAttribute('data-ticket');
  const said = await page.evaluate(() => {
    const current = window.__dawrAnnouncements?.queue.current;
    return current ? { prefix: current.prefix, number: current.number } : null;
  });
  return { large, said };
}

function ticketOf(said: { prefix: string; number: number }): string {
  return `${said.prefix}${String(said.number).padStart(3, '0')}`;
}

/** Moves the page's clock on in small steps until the large box shows `ticket` (order, not speed). */
async function advanceUntilLarge(page: Page, ticket: string) {
  for (let step = 0; step < 80; step++) {
    if ((await page.getByTestId('latest-call').getAttribute('data-ticket')) === ticket) return;
    await page.clock.runFor(500);
  }
  await expect(page.getByTestId('latest-call')).toHaveAttribute('data-ticket', ticket);
}

async function earlierTickets(page: Page): Promise<string[]> {
  return page
    .getByTestId('call-history')
    .locator('li')
    .evaluateAll((items) => items.map((li) => li.getAttribute('data-ticket') ?? ''));
}

for (const screen of SCREENS)
  test(`${screen.name}: three calls in a burst are each shown large in turn, then listed newest first`, async ({
    browser,
  }) => {
    const hub = await startE2eHub({ clock: { now: () => Date.now() + shift } });
    const ctx = await browser.newContext({ viewport: { width: screen.width, height: screen.height } });
    try {
      const auth: Record<string, string> = {};
      for (const [c, agent, pin] of [
        ['c1', 'agent1', '111111'],
        ['c2', 'agent2', '222222'],
        ['c3', 'agent3', '333333'],
        ['c4', 'agent4', '444444'],
      ] as const) {
        auth[c] = `Bearer ${await login(hub.url, agent, pin)}`;
        expect((await api(hub.url, 'POST', `/counters/${c}/open`, auth[c])).status).toBe(200);
      }
      // Four calls at counter 1 before the board loads: it learns them from the hub's recent calls.
      for (let i = 0; i < 4; i++) await issue(hub.url, 'eid-renew');
      const before: string[] = [];
      for (let i = 0; i < 4; i++) {
        const held = await callNext(hub, 'c1', auth.c1!);
        before.unshift(held.ticket);
        if (i === 3) break;
        await api(hub.url, 'POST', `/counters/c1/start/${held.id}`, auth.c1!);
        const done = await api(hub.url, 'POST', `/counters/c1/complete/${held.id}`, auth.c1!, {
          services: [{ serviceId: 'eid-renew', outcome: 'done' }],
        });
        expect(done.status).toBe(200);
      }
      for (const s of ['eid-renew', 'residency-renew', 'licence-renew']) await issue(hub.url, s);

      const page = await ctx.newPage();
      await page.clock.install();
      await page.goto(`${hub.url}/display/#key=${DISPLAY_KEY}&lang=ar,en&history=10`);
      await expect(page.getByTestId('latest-call')).toHaveAttribute('data-ticket', before[0]!);
      await expect.poll(() => earlierTickets(page)).toEqual(before.slice(1));
      // From here the page's timers move only when the test moves them.
      await page.clock.pauseAt(Date.now() + 1000);

      // The burst: counters 2, 3 and 4, one right after another.
      const called = [];
      for (const c of ['c2', 'c3', 'c4']) called.push(await callNext(hub, c, auth[c]!));
      const burst = called.map((c) => c.ticket);
      const burstIds = called.map((c) => c.id);
      await expect(page.locator('main.board')).toHaveAttribute('data-announced', '3');

      // The first call of the burst is large and said; the two behind it are in neither place yet.
      for (const [i, ticket] of burst.entries()) {
        await advanceUntilLarge(page, ticket);
        const { large, said } = await shownAndSaid(page);
        expect(large).toBe(ticket);
        expect(said && ticketOf(said)).toBe(ticket);
        await expect(page.getByTestId('latest-call')).toHaveClass(/emphasis/);
        expect(await earlierTickets(page)).toEqual([...burst.slice(0, i).reverse(), ...before]);
        expect(await layoutProblems(page)).toEqual([]);
      }

      // Once the last has been said it stays large; the other two are the newest earlier calls.
      for (let step = 0; step < 80 && (await shownAndSaid(page)).said !== null; step++)
        await page.clock.runFor(500);
      expect(await shownAndSaid(page)).toEqual({ large: burst[2], said: null });
      const listed = [burst[1], burst[0], ...before];
      expect(await earlierTickets(page)).toEqual(listed);

      // Six earlier calls: three and three, newest first down the column on the reading side.
      const boxes = await page
        .getByTestId('call-history')
        .locator('li')
        .evaluateAll((items) => items.map((li) => li.getBoundingClientRect().toJSON() as DOMRect));
      const [first, second] = [boxes.slice(0, 3), boxes.slice(3)];
      expect(second).toHaveLength(3);
      for (const [i, box] of second.entries()) {
        expect(Math.abs(box.top - first[i]!.top)).toBeLessThan(1);
        expect(Math.abs(first[i]!.right - first[0]!.right)).toBeLessThan(1);
        // Arabic first: the first column is on the right.
        expect(box.right).toBeLessThan(first[i]!.left + 1);
      }
      expect(await layoutProblems(page)).toEqual([]);
      await page.screenshot({ path: `test-results/screenshots/display-burst-${screen.name}.png` });

      // Counter 2 recalls the burst's first call: large again with its recall mark, once more in turn.
      const recalled = await api(hub.url, 'POST', `/counters/c2/recall/${burstIds[0]}`, auth.c2!);
      expect(recalled.status).toBe(200);
      await advanceUntilLarge(page, burst[0]!);
      await expect(page.getByTestId('latest-call').locator('.recall-badge')).toBeVisible();
      const afterRecall = [burst[2], burst[1], ...before];
      expect(await earlierTickets(page)).toEqual(afterRecall);
      expect(await layoutProblems(page)).toEqual([]);

      // A reload keeps them: the recalled call large, the earlier ones in the same order.
      const again = await ctx.newPage();
      await again.goto(`${hub.url}/display/#key=${DISPLAY_KEY}&lang=ar,en&history=10`);
      await expect(again.getByTestId('latest-call')).toHaveAttribute('data-ticket', burst[0]!);
      await expect.poll(() => earlierTickets(again)).toEqual(afterRecall);
    } finally {
      await ctx.close();
      await hub.cleanup();
    }
  });
