/**
 * A busy board where only some queues have a counter open (issue #15): at 1920×1080 and 1080×1920,
 * in both language orders, with ten earlier calls and a recall in progress, the board fits without
 * scrolling, every row is one line, no part runs into another (tests/e2e/support/display-layout.ts),
 * and the queues without a counter show the closed door with the key that says what it means.
 * The work profiles here reach only their own queues, so municipality and labour have no counter
 * while identity, residency and traffic are served.
 */
import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { api, DISPLAY_KEY, login, type TestHub } from '../support/hub.js';
import { startE2eHub } from './support/hub.js';
import { issue } from './counter-support.js';
import { layoutProblems, SCREENS } from './support/display-layout.js';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';

const catalogue = {
  ...DEMO_CATALOGUE,
  workProfiles: DEMO_CATALOGUE.workProfiles.map((p) => ({
    ...p,
    rules: p.rules.filter((r) => r.kind !== 'longestWaitingAll'),
  })),
};
const SERVED = ['q-identity', 'q-residency', 'q-traffic'];
const UNSERVED = ['q-municipality', 'q-labour'];
/** The hub's clock runs at real speed from Monday 7 December 2026, 10:00 in Dubai: the centre is open. */
const shift = Date.parse('2026-12-07T10:00:00+04:00') - Date.now();

let hub: TestHub;
let recall: { counter: string; visit: string; auth: string };
test.beforeAll(async () => {
  hub = await startE2eHub({ catalogue, clock: { now: () => Date.now() + shift } });
  mkdirSync('artifacts/screens', { recursive: true });
  for (let i = 0; i < 7; i++)
    for (const s of ['eid-renew', 'residency-renew', 'licence-renew', 'building-permit', 'work-permit'])
      await issue(hub.url, s);
  // Counters 1 (identity and residency) and 4 (traffic) open; nobody serves municipality or labour.
  const auth: Record<string, string> = {
    c1: `Bearer ${await login(hub.url, 'agent1', '111111')}`,
    c4: `Bearer ${await login(hub.url, 'agent4', '444444')}`,
  };
  for (const c of ['c1', 'c4'])
    expect((await api(hub.url, 'POST', `/counters/${c}/open`, auth[c])).status).toBe(200);
  let current: Record<string, string | null> = { c1: null, c4: null };
  // Twelve calls: one on the board, ten earlier ones under it and one more that scrolls off.
  for (let round = 0; round < 6; round++)
    for (const c of ['c1', 'c4']) {
      const held = current[c];
      if (held) {
        await api(hub.url, 'POST', `/counters/${c}/start/${held}`, auth[c]);
        const v = await api(hub.url, 'GET', `/visits/${held}`, auth[c]);
        const serviceId = (v.body.visit as { serviceIds: string[] }).serviceIds[0];
        const done = await api(hub.url, 'POST', `/counters/${c}/complete/${held}`, auth[c], {
          services: [{ serviceId, outcome: 'done' }],
        });
        expect(done.status).toBe(200);
      }
      const called = await api(hub.url, 'POST', `/counters/${c}/call-next`, auth[c]);
      expect(called.status).toBe(200);
      current = { ...current, [c]: String(called.body.id) };
      recall = { counter: c, visit: String(called.body.id), auth: auth[c]! };
    }
  // The last call is recalled: its badge is on the board in every test.
  const recalled = await api(
    hub.url,
    'POST',
    `/counters/${recall.counter}/recall/${recall.visit}`,
    recall.auth,
  );
  expect(recalled.status).toBe(200);
});
test.afterAll(async () => hub?.cleanup());

test('the hub estimates no counter for municipality and labour, and counters for the others', async () => {
  const snap = await api(hub.url, 'GET', '/snapshot', recall.auth);
  const queues = snap.body.queues as { queueId: string; estimate: { counters: number } }[];
  for (const q of queues)
    expect([q.queueId, q.estimate.counters > 0]).toEqual([q.queueId, SERVED.includes(q.queueId)]);
});

for (const screen of SCREENS)
  for (const order of ['ar,en', 'en,ar'] as const)
    test(`a busy board with queues that have no counter fits ${screen.width}×${screen.height} (${order})`, async ({
      browser,
    }) => {
      const ctx = await browser.newContext({ viewport: { width: screen.width, height: screen.height } });
      const board = await ctx.newPage();
      try {
        await board.goto(`${hub.url}/display/#key=${DISPLAY_KEY}&lang=${order}&history=10`);
        await expect(board.getByTestId('call-history').locator('li')).toHaveCount(10);
        await expect(board.locator('[data-testid^="waiting-"]')).toHaveCount(5);
        await expect(board.locator('.recall-badge')).toBeVisible();
        for (const q of UNSERVED) {
          await expect(board.getByTestId(`waiting-${q}`).getByTestId('wait-now')).toHaveAttribute(
            'data-wait',
            'none',
          );
          await expect(board.getByTestId(`waiting-${q}`).locator('.no-counter-mark')).toBeVisible();
        }
        for (const q of SERVED)
          await expect(board.getByTestId(`waiting-${q}`).getByTestId('wait-now')).not.toHaveAttribute(
            'data-wait',
            'none',
          );
        // Some queues have a counter: the key under the table says what the door means, in both languages.
        const key = board.getByTestId('no-counter-key');
        await expect(key).toBeVisible();
        await expect(key).toContainText('No counter open');
        await expect(key).toContainText('لا كاونتر مفتوح');
        await board.evaluate(() => document.fonts.ready);
        await board.screenshot({
          path: `artifacts/screens/board-${screen.name}-${order.replace(',', '-')}.png`,
        });
        expect(await layoutProblems(board)).toEqual([]);
      } finally {
        await ctx.close();
      }
    });
