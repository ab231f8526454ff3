/**
 * The counter desk renders the worklist the hub pushes (issue #17): through a busy spell of
 * tickets issued, called, sent to this counter, served and parked, with visit changes and
 * snapshots arriving all the while, the desk asks for its worklist over HTTP not once (the
 * (re)connect asks on the socket), and its lists still follow every change.
 */
import { expect, test } from '@playwright/test';
import { api, login, type TestHub } from '../support/hub.js';
import { startE2eHub } from './support/hub.js';
import { issue, openCounter } from './counter-support.js';

let hub: TestHub;
test.beforeAll(async () => {
  hub = await startE2eHub();
});
test.afterAll(async () => hub?.cleanup());

const ROUNDS = 8;

test('a busy spell: no HTTP worklist request, the lists follow the pushes', async ({ page }) => {
  const httpWorklist: string[] = [];
  page.on('request', (r) => {
    if (/\/api\/v1\/counters\/[^/]+\/worklist/.test(r.url())) httpWorklist.push(r.url());
  });
  const received = { snapshot: 0, visit: 0, worklist: 0 };
  page.on('websocket', (ws) =>
    ws.on('framereceived', (f) => {
      const text = typeof f.payload === 'string' ? f.payload : '';
      for (const name of ['snapshot', 'visit', 'worklist'] as const)
        if (text.includes(`["${name}"`)) received[name]++;
    }),
  );
  await openCounter(page, hub.url, 'agent1', '111111', 'c1');
  const agent2 = `Bearer ${await login(hub.url, 'agent2', '222222')}`;
  expect((await api(hub.url, 'POST', '/counters/c2/open', agent2)).status).toBe(200);

  const parked: string[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    // Someone else's work: a ticket counter 2 calls and sends on to counter 1, one left waiting.
    const sent = await issue(hub.url, 'eid-renew');
    await issue(hub.url, 'eid-renew');
    expect((await api(hub.url, 'POST', `/counters/c2/call/${sent.visit.id}`, agent2)).status).toBe(200);
    const moved = await api(hub.url, 'POST', `/counters/c2/transfer/${sent.visit.id}`, agent2, {
      target: { kind: 'counter', counterId: 'c1' },
      note: `round ${i}`,
    });
    expect(moved.status).toBe(200);
    // The desk learns of it from a push: it is listed as sent here, and called first.
    await expect(page.getByTestId('assigned-list')).toContainText(sent.visit.ticket);
    await page.keyboard.press('n');
    await expect(page.getByTestId('current-ticket')).toHaveText(sent.visit.ticket);
    await page.keyboard.press('s');
    await expect(page.getByTestId('current-status')).toHaveText('قيد الخدمة');
    await page.keyboard.press('p');
    parked.push(sent.visit.ticket);
    await expect(page.getByTestId('current-ticket-empty')).toBeVisible();
    await expect(page.getByTestId('parked-list')).toContainText(sent.visit.ticket);
  }
  await expect(page.getByTestId('parked-list').locator('li')).toHaveCount(parked.length);
  console.log(
    `counter worklist during ${ROUNDS} busy rounds: ${JSON.stringify({ httpWorklist: httpWorklist.length, ...received })}`,
  );
  expect(received.worklist).toBeGreaterThan(ROUNDS);
  expect(httpWorklist).toEqual([]);
});
