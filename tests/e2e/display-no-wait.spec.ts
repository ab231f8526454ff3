/**
 * A queue nobody waits in shows no wait on the board (issue #15: "0 waiting · 41 minutes"). The
 * hub's queue estimate is a newcomer's (above zero while the counters are busy, which the kiosk
 * rightly promises), so the board, not the hub, says "none" for an empty line, in either language
 * order; a queue with people in it keeps its minutes.
 */
import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { api, DISPLAY_KEY, login, type TestHub } from '../support/hub.js';
import { startE2eHub } from './support/hub.js';
import { expectNoAxeViolations, issue } from './counter-support.js';

/** Monday 7 December 2026, 10:00 in Dubai at real speed: the demo centre is open. */
const shift = Date.parse('2026-12-07T10:00:00+04:00') - Date.now();
const openHours = { now: () => Date.now() + shift };

let hub: TestHub;
let agent = '';
test.beforeAll(async () => {
  hub = await startE2eHub({ clock: openHours });
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
  estimate: { p50Minutes: number; counters: number };
}

test('the hub still gives a newcomer a wait for the empty residency line (the counter is busy)', async () => {
  const snap = await api(hub.url, 'GET', '/snapshot', agent);
  const queues = snap.body.queues as QueueRow[];
  const residency = queues.find((q) => q.queueId === 'q-residency')!;
  expect(residency.waiting).toBe(0);
  expect(residency.estimate.counters).toBeGreaterThan(0);
  expect(residency.estimate.p50Minutes).toBeGreaterThan(0);
});

for (const order of ['ar,en', 'en,ar'] as const)
  test(`an empty line shows no minutes on the board (${order}); a line with people keeps them`, async ({
    browser,
  }) => {
    const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const board = await ctx.newPage();
    try {
      await board.goto(`${hub.url}/display/#key=${DISPLAY_KEY}&lang=${order}`);
      const residency = board.getByTestId('waiting-q-residency');
      const identity = board.getByTestId('waiting-q-identity');
      await expect(residency).toBeVisible();
      const [, people, minutes] = [0, 1, 2].map((i) => residency.locator('th, td').nth(i));
      await expect(people!).toHaveText('0');
      // A dash the hall reads as "none", no number; screen readers hear it in words.
      await expect(minutes!).toHaveText(order === 'ar,en' ? '—لا أحد في الانتظار' : '—Nobody waiting');
      await expect(minutes!.locator('[aria-hidden="true"]')).toHaveText('—');
      await expect(minutes!.locator('[aria-hidden="true"]')).toBeVisible();
      await expect(identity.locator('td').nth(0)).toHaveText('1');
      await expect(identity.locator('td').nth(1)).toHaveText(/^\d+$/);
      await board.evaluate(() => document.fonts.ready);
      await board.screenshot({ path: `test-results/screens/display-no-wait-${order.replace(',', '-')}.png` });
      await expectNoAxeViolations(board);
    } finally {
      await ctx.close();
    }
  });
