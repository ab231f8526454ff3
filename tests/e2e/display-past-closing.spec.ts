/**
 * The board says when a ticket taken now would not be served before closing (issue #15): at 23:50,
 * the centre closing at midnight, it showed "15–93" minutes for a queue while the kiosk beside it
 * warned that the turn may not come before closing. A row whose newcomer estimate passes closing
 * (the hub's `estimate.pastClosing`) shows a clock mark instead of the minutes, said in words under
 * the table in both languages, each in its own direction; a queue served before closing keeps its
 * minutes. The board still fits the screen, in either language order.
 *
 * The hub's clock stands still at 23:50 on a centre open 08:00 to midnight every day (a centre open
 * round the clock does not close at midnight: tests/opening/round-the-clock.test.ts). Counter 3 serves every queue
 * and counter 4 only traffic (its profile's fallback to every queue is taken away here), so six
 * people waiting for an Emirates ID put every queue but traffic past midnight.
 */
import { expect, test } from '@playwright/test';
import { api, DISPLAY_KEY, login, openAllDay, type TestHub } from '../support/hub.js';
import { startE2eHub } from './support/hub.js';
import { issue } from './counter-support.js';
import { layoutProblems, SCREENS } from './support/display-layout.js';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';
import type { Catalogue } from '../../shared/contract/catalogue.js';
import { waitShown } from '../../shared/domain/wait-shown.js';

/** Monday 7 December 2026, 23:50 in Dubai, held still: ten minutes before the midnight closing. */
const NOW = Date.parse('2026-12-07T23:50:00+04:00');

/** Open from 08:00 to midnight every day, walk-ins to the last minute: midnight is a real closing. */
function openToMidnight(catalogue: Catalogue): Catalogue {
  const open = openAllDay(catalogue);
  return {
    ...open,
    centre: {
      ...open.centre,
      openingHours: open.centre.openingHours.map(() => ({ open: '08:00', close: '00:00' })),
    },
  };
}

function trafficOnlyAtCounter4(catalogue: Catalogue): Catalogue {
  return {
    ...catalogue,
    workProfiles: catalogue.workProfiles.map((p) =>
      p.id === 'wp-traffic' ? { ...p, rules: [{ kind: 'queuesInOrder', queueIds: ['q-traffic'] }] } : p,
    ),
  };
}

interface QueueRow {
  queueId: string;
  estimate: {
    p10Minutes?: number;
    p50Minutes: number;
    p90Minutes: number;
    counters: number;
    pastClosing: boolean;
  };
}

let hub: TestHub;
let queues: QueueRow[] = [];
test.beforeAll(async () => {
  hub = await startE2eHub({
    clock: { now: () => NOW },
    catalogue: trafficOnlyAtCounter4(openToMidnight(DEMO_CATALOGUE)),
  });
  for (const n of [3, 4]) {
    const agent = `Bearer ${await login(hub.url, `agent${n}`, String(n).repeat(6))}`;
    expect((await api(hub.url, 'POST', `/counters/c${n}/open`, agent)).status).toBe(200);
  }
  for (let i = 0; i < 6; i++) await issue(hub.url, 'eid-renew');
  await issue(hub.url, 'licence-renew');
  const snap = await api(hub.url, 'GET', '/snapshot', `Bearer ${await login(hub.url, 'agent1', '111111')}`);
  queues = snap.body.queues as QueueRow[];
});
test.afterAll(async () => hub?.cleanup());

const row = (queueId: string) => queues.find((q) => q.queueId === queueId)!;

test('the hub says a newcomer to identity waits past closing, and one to traffic does not', () => {
  expect(row('q-identity').estimate.pastClosing).toBe(true);
  expect(row('q-residency').estimate.pastClosing).toBe(true);
  expect(row('q-traffic').estimate.pastClosing).toBe(false);
  expect(waitShown(row('q-traffic').estimate).kind).toBe('range');
});

for (const screen of SCREENS)
  for (const order of ['ar,en', 'en,ar'] as const)
    test(`a row past closing shows the mark, not minutes; traffic keeps its minutes (${screen.name}, ${order})`, async ({
      browser,
    }) => {
      const traffic = waitShown(row('q-traffic').estimate);
      if (traffic.kind !== 'range') throw new Error(`expected minutes for traffic, got ${traffic.kind}`);
      const ctx = await browser.newContext({ viewport: { width: screen.width, height: screen.height } });
      const board = await ctx.newPage();
      try {
        await board.goto(`${hub.url}/display/#key=${DISPLAY_KEY}&lang=${order}`);
        for (const queueId of ['q-identity', 'q-residency', 'q-municipality', 'q-labour']) {
          const minutes = board.getByTestId(`waiting-${queueId}`).getByTestId('wait-now');
          await expect(minutes).toHaveAttribute('data-wait', 'past-closing');
          await expect(minutes.locator('svg.past-closing-mark')).toBeVisible();
          await expect(minutes).not.toContainText(/[0-9٠-٩]/);
        }
        await expect(board.getByTestId('waiting-q-identity').locator('td').nth(0)).toHaveText('6');
        const trafficMinutes = board.getByTestId('waiting-q-traffic').getByTestId('wait-now');
        await expect(trafficMinutes).toHaveText(
          traffic.low === traffic.high ? String(traffic.high) : `${traffic.low}–${traffic.high}`,
        );
        // The mark said in words once under the table, each language in its own direction, in the screen's order.
        const key = board.getByTestId('past-closing-key');
        await expect(key.locator('svg.past-closing-mark')).toBeVisible();
        await expect(key.locator('[lang="ar"]')).toHaveText('الانتظار يتجاوز الإغلاق');
        await expect(key.locator('[lang="ar"]')).toHaveAttribute('dir', 'rtl');
        await expect(key.locator('[lang="en"]')).toHaveText('Wait runs past closing');
        await expect(key.locator('[lang="en"]')).toHaveAttribute('dir', 'ltr');
        await expect(key.locator('.first')).toHaveAttribute('lang', order.slice(0, 2));
        // Some rows keep their minutes: the column's heading still says minutes.
        await expect(board.getByTestId('minutes-heading')).toContainText(
          order === 'ar,en' ? 'الدقائق' : 'Minutes',
        );
        await board.evaluate(() => document.fonts.ready);
        await board.screenshot({
          path: `test-results/screens/display-past-closing-${screen.name}-${order.replace(',', '-')}.png`,
        });
        expect(await layoutProblems(board)).toEqual([]);
      } finally {
        await ctx.close();
      }
    });

test.describe('every queue past closing (counter 3 alone serves them all)', () => {
  let alone: TestHub;
  test.beforeAll(async () => {
    alone = await startE2eHub({ clock: { now: () => NOW }, catalogue: openToMidnight(DEMO_CATALOGUE) });
    const agent = `Bearer ${await login(alone.url, 'agent3', '333333')}`;
    expect((await api(alone.url, 'POST', '/counters/c3/open', agent)).status).toBe(200);
    for (let i = 0; i < 6; i++) await issue(alone.url, 'eid-renew');
  });
  test.afterAll(async () => alone?.cleanup());

  test('the column heading says "after closing" and no line is added under the table', async ({
    browser,
  }) => {
    const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const board = await ctx.newPage();
    try {
      await board.goto(`${alone.url}/display/#key=${DISPLAY_KEY}&lang=ar,en`);
      await expect(board.locator('[data-testid="wait-now"][data-wait="past-closing"]')).toHaveCount(5);
      const heading = board.getByTestId('minutes-heading');
      await expect(heading.locator('[lang="ar"]')).toHaveText('بعد الإغلاق');
      await expect(heading.locator('[lang="en"]')).toHaveText('After closing');
      await expect(board.getByTestId('past-closing-key')).toHaveCount(0);
      expect(await layoutProblems(board)).toEqual([]);
    } finally {
      await ctx.close();
    }
  });
});
