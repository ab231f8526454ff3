import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { api, DISPLAY_KEY, login, type TestHub } from '../support/hub.js';
import { startE2eHub } from './support/hub.js';
import { expectNoAxeViolations, issue, openCounter } from './counter-support.js';

let hub: TestHub;
test.beforeAll(async () => {
  hub = await startE2eHub();
  mkdirSync('test-results/screenshots', { recursive: true });
});
test.afterAll(async () => hub?.cleanup());

/**
 * A call on the board made through the API at counter 3, once per hub. The later tests use it rather than
 * the first test's calls: Playwright starts a fresh worker (and so a fresh hub) after a failed test.
 */
let residencyCall: Promise<string> | undefined;
const ensureResidencyCall = () =>
  (residencyCall ??= (async () => {
    const { visit } = await issue(hub.url, 'residency-renew');
    const agent = `Bearer ${await login(hub.url, 'agent3', '333333')}`;
    await api(hub.url, 'POST', '/counters/c3/open', agent);
    const called = await api(hub.url, 'POST', '/counters/c3/call-next', agent);
    expect(called.status).toBe(200);
    return visit.ticket;
  })());

const announced = (page: Page) =>
  page.evaluate(() =>
    (window.__dawrAnnouncements?.log ?? []).map(
      (a) => `${a.prefix}${a.number}@${a.counterLabel}${a.recall ? '!' : ''}`,
    ),
  );

test('a kiosk issues, a counter calls, the display shows it highlighted and queues the announcement; a recall is announced again', async ({
  browser,
}) => {
  const boardCtx = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const counterCtx = await browser.newContext();
  const board = await boardCtx.newPage();
  const desk = await counterCtx.newPage();
  await board.goto(`${hub.url}/display/#key=${DISPLAY_KEY}&lang=ar,en`);
  await expect(board.getByText('لا توجد نداءات بعد')).toBeVisible();
  // The key leaves the address bar once stored.
  expect(board.url()).not.toContain(DISPLAY_KEY);

  const first = await issue(hub.url, 'eid-renew');
  const second = await issue(hub.url, 'eid-renew');
  await openCounter(desk, hub.url, 'agent1', '111111', 'c1');
  await desk.keyboard.press('n');
  await expect(board.getByTestId('latest-call')).toHaveAttribute('data-ticket', first.visit.ticket);
  // The desk ignores keys while its last action awaits the hub; the next key waits for the desk, not the board.
  await expect(desk.getByTestId('recall-count')).toContainText('0');
  await expect(board.getByTestId('latest-call')).toHaveClass(/newest/);
  await expect(board.getByTestId('latest-call')).toContainText('1');
  await expect.poll(() => announced(board)).toEqual(['A1@1']);
  await board.screenshot({ path: 'test-results/screenshots/display-call-ar.png' });

  await desk.keyboard.press('r');
  await expect.poll(() => announced(board)).toEqual(['A1@1', 'A1@1!']);
  await expect(board.getByTestId('latest-call')).toContainText('إعادة نداء');
  await expect(desk.getByTestId('recall-count')).toContainText('1');

  await desk.keyboard.press('s');
  await expect(desk.getByTestId('current-status')).toHaveText('قيد الخدمة');
  await desk.keyboard.press('c');
  await desk.getByTestId('complete-form').locator('button[type="submit"]').click();
  await expect(desk.getByTestId('current-ticket-empty')).toBeVisible();
  await desk.keyboard.press('n');
  await expect(board.getByTestId('latest-call')).toHaveAttribute('data-ticket', second.visit.ticket);
  await expect(board.getByTestId('call-history')).toContainText(first.visit.ticket);
  await expect.poll(() => announced(board)).toEqual(['A1@1', 'A1@1!', 'A2@1']);
  await expect(board.getByTestId('waiting-q-identity')).toBeVisible();

  // After a reload (as after a lost connection) the board shows who is at the counter now.
  await board.reload();
  await expect(board.getByTestId('latest-call')).toHaveAttribute('data-ticket', second.visit.ticket);
  await boardCtx.close();
  await counterCtx.close();
});

test('per-screen config: only the chosen queues are shown', async ({ page }) => {
  await page.goto(`${hub.url}/display/#key=${DISPLAY_KEY}&queues=q-traffic&lang=en,ar`);
  await expect(page.getByTestId('waiting-q-traffic')).toBeVisible();
  await expect(page.getByTestId('waiting-q-identity')).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

for (const order of ['ar,en', 'en,ar']) {
  test(`axe: the display board has no WCAG 2.1 AA violations (${order})`, async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await ensureResidencyCall();
    await page.goto(`${hub.url}/display/#key=${DISPLAY_KEY}&lang=${order}`);
    await expect(page.getByTestId('latest-call')).toBeVisible();
    await page.screenshot({ path: `test-results/screenshots/display-${order.replace(',', '-')}.png` });
    await expectNoAxeViolations(page);
  });
}

test('the board reconnects by itself when the hub goes away and comes back, and shows the state it missed', async ({
  browser,
}) => {
  const { startHub } = await import('../../main/hub/start.js');
  const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const board = await ctx.newPage();
  await ensureResidencyCall();
  await board.goto(`${hub.url}/display/#key=${DISPLAY_KEY}&lang=ar,en`);
  await expect(board.getByTestId('latest-call')).toBeVisible();

  // The hub stops (power, update, crash) while a ticket waits; it comes back on the same address.
  const waiting = await issue(hub.url, 'licence-renew');
  await hub.stop();
  await expect(board.getByRole('status')).toBeVisible();
  const again = await startHub({
    dataDir: hub.dir,
    port: hub.port,
    identityKey: 'test-identity-key-0123456789-abcdef',
  });
  try {
    await expect(board.getByRole('status')).toBeHidden({ timeout: 20_000 });
    await expect(board.getByTestId('waiting-q-traffic')).toBeVisible();
    // A call made after the return reaches the board without a reload.
    const desk = await ctx.newPage();
    await openCounter(desk, hub.url, 'agent4', '444444', 'c4');
    await desk.keyboard.press('n');
    await expect(board.getByTestId('latest-call')).toHaveAttribute('data-ticket', waiting.visit.ticket, {
      timeout: 15_000,
    });
  } finally {
    await ctx.close();
    await again.stop();
  }
});
