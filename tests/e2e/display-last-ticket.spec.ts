/**
 * The board says when a queue's last walk-in ticket of the day has gone (its own
 * `lastTicketMinutesBeforeClose`): the kiosk and /join/ already refused it ("انتهى إصدار التذاكر
 * لهذه الخدمة اليوم") while the board beside them still showed minutes for a ticket nobody could take.
 * The rule is the kiosk's (shared/domain/opening-state.ts, refusal `last_ticket_passed`): the row shows
 * a crossed-out ticket instead of the minutes, said in words under the table in both languages, each
 * in its own direction; the people still waiting are counted; the other queues keep their own marks
 * or figures. The board still fits the screen, in either language order.
 *
 * The hub's clock stands still on a centre open 08:00 to 20:00 every day, walk-ins to the last
 * minute but for traffic, whose last ticket comes earlier. One traffic ticket was taken before it.
 * Counters 3 (every queue) and 4 (traffic first) are open; six people wait for an Emirates ID.
 */
import { expect, test, type Browser } from '@playwright/test';
import { api, DISPLAY_KEY, login, openAllDay, type TestHub } from '../support/hub.js';
import { startE2eHub } from './support/hub.js';
import { issue } from './counter-support.js';
import { layoutProblems, SCREENS } from './support/display-layout.js';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';
import type { Catalogue } from '../../shared/contract/catalogue.js';
import { openingState } from '../../shared/domain/opening-state.js';

/** Monday 7 December 2026 in Dubai, at a time of day. */
const at = (hhmm: string) => Date.parse(`2026-12-07T${hhmm}:00+04:00`);

/** Open 08:00–20:00 every day; walk-ins to closing, but traffic's stop `trafficStop` minutes before. */
function catalogueWith(trafficStop: number): Catalogue {
  const open = openAllDay(DEMO_CATALOGUE);
  return {
    ...open,
    centre: {
      ...open.centre,
      openingHours: open.centre.openingHours.map(() => ({ open: '08:00', close: '20:00' })),
      lastTicketMinutesBeforeClose: 0,
    },
    queues: open.queues.map((q) =>
      q.id === 'q-traffic' ? { ...q, lastTicketMinutesBeforeClose: trafficStop } : q,
    ),
  };
}

/**
 * A hub at `now`, one traffic ticket taken at `before` (before its last ticket), the counters open
 * (counter n by agent n) and `identity` people waiting for an Emirates ID.
 */
async function hubAt(
  catalogue: Catalogue,
  before: number,
  now: number,
  opts: { counters: number[]; identity: number } = { counters: [3, 4], identity: 6 },
): Promise<TestHub> {
  let clock = before;
  const hub = await startE2eHub({ clock: { now: () => clock }, catalogue });
  await issue(hub.url, 'licence-renew');
  clock = now;
  for (const n of opts.counters) {
    const agent = `Bearer ${await login(hub.url, `agent${n}`, String(n).repeat(6))}`;
    expect((await api(hub.url, 'POST', `/counters/c${n}/open`, agent)).status).toBe(200);
  }
  for (let i = 0; i < opts.identity; i++) await issue(hub.url, 'eid-renew');
  return hub;
}

/** Counter 1 serves identity only and counter 4 traffic only (their fallbacks to every queue taken away). */
function dedicatedCounters(catalogue: Catalogue): Catalogue {
  const only: Record<string, string> = { 'wp-identity': 'q-identity', 'wp-traffic': 'q-traffic' };
  return {
    ...catalogue,
    workProfiles: catalogue.workProfiles.map((p) =>
      only[p.id] ? { ...p, rules: [{ kind: 'queuesInOrder', queueIds: [only[p.id]!] }] } : p,
    ),
  };
}

/** The board at a screen's size and language order; checks the traffic row, its line and the fit. */
async function expectTrafficEnded(
  browser: Browser,
  hub: TestHub,
  screen: (typeof SCREENS)[number],
  order: 'ar,en' | 'en,ar',
  name: string,
  more: (board: import('@playwright/test').Page) => Promise<void>,
): Promise<void> {
  const ctx = await browser.newContext({ viewport: { width: screen.width, height: screen.height } });
  const board = await ctx.newPage();
  try {
    await board.goto(`${hub.url}/display/#key=${DISPLAY_KEY}&lang=${order}`);
    const traffic = board.getByTestId('waiting-q-traffic');
    const minutes = traffic.getByTestId('wait-now');
    await expect(minutes).toHaveAttribute('data-wait', 'last-ticket-passed');
    await expect(minutes.locator('svg.last-ticket-mark')).toBeVisible();
    await expect(minutes).not.toContainText(/[0-9٠-٩]/);
    // The one taken before its last ticket still waits, and is counted.
    await expect(traffic.locator('td').nth(0)).toHaveText('1');
    // Said in words once under the table, each language in its own direction, in the screen's order.
    const key = board.getByTestId('last-ticket-key');
    await expect(key.locator('svg.last-ticket-mark')).toBeVisible();
    await expect(key.locator('[lang="ar"]')).toHaveText('انتهى إصدار التذاكر اليوم');
    await expect(key.locator('[lang="ar"]')).toHaveAttribute('dir', 'rtl');
    await expect(key.locator('[lang="en"]')).toHaveText('No more tickets today');
    await expect(key.locator('[lang="en"]')).toHaveAttribute('dir', 'ltr');
    await expect(key.locator('.first')).toHaveAttribute('lang', order.slice(0, 2));
    await more(board);
    await board.evaluate(() => document.fonts.ready);
    await board.screenshot({
      path: `test-results/screens/display-last-ticket-${name}-${screen.name}-${order.replace(',', '-')}.png`,
    });
    expect(await layoutProblems(board)).toEqual([]);
  } finally {
    await ctx.close();
  }
}

test.describe('at 19:40, traffic’s last ticket at 19:30, every other queue’s wait past closing', () => {
  const catalogue = catalogueWith(30);
  const now = at('19:40');
  let hub: TestHub;
  test.beforeAll(async () => {
    hub = await hubAt(catalogue, at('19:20'), now);
  });
  test.afterAll(async () => hub?.cleanup());

  test('by the kiosk’s rule traffic’s last ticket has gone, the centre still open; the hub refuses it', async () => {
    const state = openingState({ centre: catalogue.centre, queues: catalogue.queues, now });
    expect(state.status).toBe('closing-soon');
    expect(Object.fromEntries(state.queues.map((q) => [q.queueId, q.refusal]))).toEqual({
      'q-identity': null,
      'q-residency': null,
      'q-traffic': 'last_ticket_passed',
      'q-municipality': null,
      'q-labour': null,
    });
    await expect(issue(hub.url, 'licence-renew')).rejects.toThrow(/last_ticket_passed/);
  });

  for (const screen of SCREENS)
    for (const order of ['ar,en', 'en,ar'] as const)
      test(`traffic's row and line; the others' clock marks and their line (${screen.name}, ${order})`, async ({
        browser,
      }) => {
        await expectTrafficEnded(browser, hub, screen, order, 'late', async (board) => {
          for (const queueId of ['q-identity', 'q-residency', 'q-municipality', 'q-labour'])
            await expect(board.getByTestId(`waiting-${queueId}`).getByTestId('wait-now')).toHaveAttribute(
              'data-wait',
              'past-closing',
            );
          // Two lines under the table: the clock's and the crossed-out ticket's; the heading stays "minutes".
          await expect(board.getByTestId('past-closing-key')).toBeVisible();
          await expect(board.getByTestId('minutes-heading').locator('[lang="en"]')).toHaveText('Minutes');
        });
      });
});

test.describe('at 18:40, traffic’s last ticket at 18:30 (90 minutes before closing)', () => {
  const catalogue = catalogueWith(90);
  let hub: TestHub;
  test.beforeAll(async () => {
    hub = await hubAt(catalogue, at('18:20'), at('18:40'));
  });
  test.afterAll(async () => hub?.cleanup());

  for (const screen of SCREENS)
    for (const order of ['ar,en', 'en,ar'] as const)
      test(`traffic's row and line; the queues nobody waits for keep their minutes (${screen.name}, ${order})`, async ({
        browser,
      }) => {
        await expectTrafficEnded(browser, hub, screen, order, 'early', async (board) => {
          for (const queueId of ['q-residency', 'q-municipality', 'q-labour'])
            await expect(board.getByTestId(`waiting-${queueId}`).getByTestId('wait-now')).toHaveAttribute(
              'data-wait',
              /^([0-9]+-[0-9]+|soon)$/,
            );
          await expect(board.getByTestId('minutes-heading').locator('[lang="en"]')).toHaveText('Minutes');
        });
      });
});

test.describe('at 18:40, traffic ended, identity served at counter 1, no counter for the other three', () => {
  let hub: TestHub;
  test.beforeAll(async () => {
    hub = await hubAt(dedicatedCounters(catalogueWith(90)), at('18:20'), at('18:40'), {
      counters: [1, 4],
      identity: 1,
    });
  });
  test.afterAll(async () => hub?.cleanup());

  for (const screen of SCREENS)
    for (const order of ['ar,en', 'en,ar'] as const)
      test(`two lines under the table, the no-counter one and traffic's, and the board fits (${screen.name}, ${order})`, async ({
        browser,
      }) => {
        await expectTrafficEnded(browser, hub, screen, order, 'mixed', async (board) => {
          await expect(board.getByTestId('waiting-q-identity').getByTestId('wait-now')).toHaveAttribute(
            'data-wait',
            /^([0-9]+-[0-9]+|soon)$/,
          );
          for (const queueId of ['q-residency', 'q-municipality', 'q-labour'])
            await expect(board.getByTestId(`waiting-${queueId}`).getByTestId('wait-now')).toHaveAttribute(
              'data-wait',
              'none',
            );
          await expect(board.getByTestId('no-counter-key')).toBeVisible();
          await expect(board.getByTestId('minutes-heading').locator('[lang="en"]')).toHaveText('Minutes');
        });
      });
});
