/**
 * A queue nobody waits in still shows the wait for a ticket taken now on the board (issue #15, one
 * wait figure on every screen): the board's minutes are the kiosk's figure for a ticket taken now,
 * and a newcomer to an empty line waits for its busy counter to free up, as the kiosk tells them.
 * Before, the board showed "—" there while the kiosk beside it promised minutes. In either language
 * order; the hub's clock stands still, so the board and the test read the estimate of one instant.
 */
import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { api, DISPLAY_KEY, login, type TestHub } from '../support/hub.js';
import { startE2eHub } from './support/hub.js';
import { expectNoAxeViolations, issue } from './counter-support.js';
import { waitShown } from '../../shared/domain/wait-shown.js';
import { layoutProblems } from './support/display-layout.js';

/** Monday 7 December 2026, 10:00 in Dubai, held still: the demo centre is open. */
const NOW = Date.parse('2026-12-07T10:00:00+04:00');

let hub: TestHub;
let agent = '';
test.beforeAll(async () => {
  hub = await startE2eHub({ clock: { now: () => NOW } });
  mkdirSync('test-results/screens', { recursive: true });
  agent = `Bearer ${await login(hub.url, 'agent3', '333333')}`;
  // Counter 3 serves a residency ticket: every line is empty, the only counter busy.
  expect((await api(hub.url, 'POST', '/counters/c3/open', agent)).status).toBe(200);
  await issue(hub.url, 'residency-renew');
  expect((await api(hub.url, 'POST', '/counters/c3/call-next', agent)).status).toBe(200);
  // And one person waits for an Emirates ID.
  await issue(hub.url, 'eid-renew');
});
test.afterAll(async () => hub?.cleanup());

interface QueueRow {
  queueId: string;
  waiting: number;
  estimate: { p10Minutes?: number; p50Minutes: number; p90Minutes: number; counters: number };
}

const residencyRow = async () => {
  const snap = await api(hub.url, 'GET', '/snapshot', agent);
  return (snap.body.queues as QueueRow[]).find((q) => q.queueId === 'q-residency')!;
};

test('the hub gives a newcomer a wait for the empty residency line (the counter is busy)', async () => {
  const residency = await residencyRow();
  expect(residency.waiting).toBe(0);
  expect(residency.estimate.counters).toBeGreaterThan(0);
  expect(residency.estimate.p50Minutes).toBeGreaterThan(0);
});

for (const order of ['ar,en', 'en,ar'] as const)
  test(`an empty line with a busy counter shows the wait for a ticket taken now (${order})`, async ({
    browser,
  }) => {
    const shown = waitShown((await residencyRow()).estimate);
    if (shown.kind !== 'range') throw new Error(`expected minutes for the busy counter, got ${shown.kind}`);
    const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const board = await ctx.newPage();
    try {
      await board.goto(`${hub.url}/display/#key=${DISPLAY_KEY}&lang=${order}`);
      const residency = board.getByTestId('waiting-q-residency');
      const identity = board.getByTestId('waiting-q-identity');
      await expect(residency).toBeVisible();
      const [, people, minutes] = [0, 1, 2].map((i) => residency.locator('th, td').nth(i));
      await expect(people!).toHaveText('0');
      await expect(minutes!).toHaveText(
        shown.low === shown.high ? String(shown.high) : `${shown.low}–${shown.high}`,
      );
      expect(await layoutProblems(board)).toEqual([]);
      await expect(identity.locator('td').nth(0)).toHaveText('1');
      await expect(identity.locator('td').nth(1)).toHaveText(/^\d+(–\d+)?$/);
      await board.evaluate(() => document.fonts.ready);
      await board.screenshot({ path: `test-results/screens/display-no-wait-${order.replace(',', '-')}.png` });
      await expectNoAxeViolations(board);
    } finally {
      await ctx.close();
    }
  });
