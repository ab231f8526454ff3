import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { api, connect, DISPLAY_KEY, emitAck, login, type TestHub } from '../support/hub.js';
import type { DeviceHealthList } from '../../shared/contract/device-health.js';
import { startE2eHub } from './support/hub.js';
import { expectNoAxeViolations, issue, openCounter } from './counter-support.js';
import { layoutProblems, SCREENS } from './support/display-layout.js';

let hub: TestHub;
/**
 * The hub's clock runs at real speed from Monday 7 December 2026, 10:00 in Dubai, whatever the hour of
 * the run: the demo centre is open, so walk-in tickets are issued.
 */
const shift = Date.parse('2026-12-07T10:00:00+04:00') - Date.now();
const openHours = { now: () => Date.now() + shift };
test.beforeAll(async () => {
  hub = await startE2eHub({ clock: openHours });
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

/**
 * A busy centre, once per hub: all 8 counters open and each serving a third call, so the board has
 * a current call, more than 10 earlier calls and people waiting in all 5 queues.
 */
let busyHub: TestHub;
let busy: Promise<{ recallCounter: string; recallVisit: string; recallAuth: string }> | undefined;
const ensureBusyCentre = () =>
  (busy ??= (async () => {
    const services = ['eid-renew', 'residency-renew', 'licence-renew', 'building-permit', 'work-permit'];
    for (let i = 0; i < 7; i++) for (const s of services) await issue(busyHub.url, s);
    const auth: Record<string, string> = {};
    for (let n = 1; n <= 8; n++) {
      auth[`c${n}`] = `Bearer ${await login(busyHub.url, `agent${n}`, String(n).repeat(6))}`;
      await api(busyHub.url, 'POST', `/counters/c${n}/open`, auth[`c${n}`]);
    }
    const at = async (counter: string) => {
      const snap = await api(busyHub.url, 'GET', '/snapshot', auth[counter]);
      return (snap.body.counters as { counterId: string; currentVisitId: string | null }[]).find(
        (c) => c.counterId === counter,
      )?.currentVisitId;
    };
    let last = { counter: 'c1', visit: '' };
    for (let round = 0; round < 3; round++)
      for (let n = 1; n <= 8; n++) {
        const counter = `c${n}`;
        const current = await at(counter);
        if (current) {
          // Start (refused when already serving: fine) and complete whatever the counter holds.
          await api(busyHub.url, 'POST', `/counters/${counter}/start/${current}`, auth[counter]);
          const v = await api(busyHub.url, 'GET', `/visits/${current}`, auth[counter]);
          const serviceId = (v.body.visit as { serviceIds: string[] }).serviceIds[0];
          const done = await api(
            busyHub.url,
            'POST',
            `/counters/${counter}/complete/${current}`,
            auth[counter],
            {
              services: [{ serviceId, outcome: 'done' }],
            },
          );
          expect(done.status).toBe(200);
        }
        const called = await api(busyHub.url, 'POST', `/counters/${counter}/call-next`, auth[counter]);
        expect(called.status).toBe(200);
        last = { counter, visit: String(called.body.id) };
      }
    // People keep arriving: every queue has a line.
    for (const s of services) for (let i = 0; i < 3; i++) await issue(busyHub.url, s);
    return { recallCounter: last.counter, recallVisit: last.visit, recallAuth: auth[last.counter]! };
  })());

/** On a hub of their own: the tests above and below expect a quiet centre. */
test.describe('a busy centre', () => {
  test.beforeAll(async () => {
    busyHub = await startE2eHub({ clock: openHours });
    busy = undefined;
  });
  test.afterAll(async () => busyHub?.cleanup());

  for (const screen of SCREENS)
    test(`a busy centre fits a ${screen.width}×${screen.height} screen without scrolling, clipping or small print, before and after a recall`, async ({
      browser,
    }) => {
      const { recallCounter, recallVisit, recallAuth } = await ensureBusyCentre();
      mkdirSync('test-results/screens', { recursive: true });
      const ctx = await browser.newContext({ viewport: { width: screen.width, height: screen.height } });
      const board = await ctx.newPage();
      try {
        await board.goto(`${busyHub.url}/display/#key=${DISPLAY_KEY}&lang=ar,en&history=10`);
        await expect(board.getByTestId('call-history').locator('li')).toHaveCount(10);
        await expect(board.locator('[data-testid^="waiting-"]')).toHaveCount(5);
        await board.evaluate(() => document.fonts.ready);
        await board.screenshot({ path: `test-results/screens/display-${screen.name}.png` });
        expect(await layoutProblems(board)).toEqual([]);
        const ticketSize = () =>
          board
            .locator('.latest .ticket')
            .evaluate(
              (e: HTMLElement) => `${e.offsetWidth}×${e.offsetHeight} ${getComputedStyle(e).fontSize}`,
            );
        const ticketBefore = await ticketSize();

        const recalled = await api(
          busyHub.url,
          'POST',
          `/counters/${recallCounter}/recall/${recallVisit}`,
          recallAuth,
        );
        expect(recalled.status).toBe(200);
        await expect(board.locator('.recall-badge')).toBeVisible();
        await board.screenshot({ path: `test-results/screens/display-${screen.name}-recall.png` });
        expect(await layoutProblems(board)).toEqual([]);
        // The badge does not squeeze the call: the ticket keeps its size and place.
        expect(await ticketSize()).toBe(ticketBefore);

        // The manager's message takes the centre name's place in the header, a line per language
        // (a long one paged), and pushes nothing off: every call and queue is still on the screen.
        const manager = `Bearer ${await login(busyHub.url, 'manager', '246810')}`;
        const sent = await api(busyHub.url, 'POST', '/manager/announce', manager, {
          text: {
            ar: 'يرجى من أصحاب التذاكر التي تبدأ بالحرف C مراجعة مكتب الاستقبال قبل الذهاب إلى الكاونتر، شكراً لتعاونكم',
            en: 'Holders of tickets starting with C, please see the reception desk before going to the counter. Thank you',
          },
          minutes: 5,
        });
        expect(sent.status).toBe(200);
        const banner = board.getByTestId('display-message');
        await expect(banner).toBeVisible();
        // Whole for screen readers; on screen a line at a time, each line one of the message's.
        await expect(banner.getByTestId('message-ar')).toHaveText(/^يرجى من أصحاب التذاكر.*لتعاونكم$/);
        await expect(banner.getByTestId('message-en')).toHaveText(/^Holders of tickets.*Thank you$/);
        const shownAr = (await banner.locator('.first').textContent()) ?? '';
        expect(shownAr.length).toBeGreaterThan(5);
        expect(await banner.getByTestId('message-ar').textContent()).toContain(shownAr);
        await board.screenshot({ path: `test-results/screens/display-${screen.name}-message.png` });
        expect(await layoutProblems(board)).toEqual([]);
        expect(await ticketSize()).toBe(ticketBefore);
        await expect(board.getByTestId('call-history').locator('li')).toHaveCount(10);
        await expect(board.locator('[data-testid^="waiting-"]')).toHaveCount(5);
        // The technician's and the hub's words stay off the public screen: only the manager's text.
        expect(await banner.locator('.first, .second').count()).toBe(2);
        await expectNoAxeViolations(board);

        // Another fragment on the same page is read at load: English first after a reload.
        await board.goto(`${busyHub.url}/display/#key=${DISPLAY_KEY}&lang=en,ar&history=10`);
        await board.reload();
        await expect(board.locator('html')).toHaveAttribute('lang', 'en');
        await expect(board.getByTestId('call-history').locator('li')).toHaveCount(10);
        // The reloaded board asks the hub for the message still up: it shows without a new announcement.
        await expect(banner).toBeVisible();
        await expect(banner.getByTestId('message-en')).toHaveText(/^Holders of tickets.*Thank you$/);
        await expect(banner.getByTestId('message-ar')).toHaveText(/^يرجى من أصحاب التذاكر.*لتعاونكم$/);
        await board.evaluate(() => document.fonts.ready);
        await board.screenshot({ path: `test-results/screens/display-${screen.name}-en.png` });
        expect(await layoutProblems(board)).toEqual([]);
      } finally {
        await ctx.close();
      }
    });

  test('the waiting table is headed by queue, and each queue is one row: prefix, Arabic and English names', async ({
    page,
  }) => {
    await ensureBusyCentre();
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`${busyHub.url}/display/#key=${DISPLAY_KEY}&lang=ar,en`);
    const headers = page.locator('section.waiting thead th');
    await expect(headers.first()).toContainText('الطابور');
    await expect(headers.first()).toContainText('Queue');
    await expect(page.locator('section.waiting thead')).not.toContainText(/التذكرة|Ticket/);
    await expect(page.getByTestId('waiting-q-identity')).toContainText(/A.*الهوية.*Identity/);
  });

  for (const order of ['ar,en', 'en,ar'] as const)
    test(`earlier calls say which number is the counter: a legend per language, each in its own direction (${order})`, async ({
      page,
    }) => {
      await ensureBusyCentre();
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.goto(`${busyHub.url}/display/#key=${DISPLAY_KEY}&lang=${order}&history=10`);
      await expect(page.getByTestId('call-history').locator('li')).toHaveCount(10);
      const legend = page.getByTestId('history-legend');
      const centre = (l: Locator) =>
        l.evaluate((e) => e.getBoundingClientRect().x + e.getBoundingClientRect().width / 2);
      // The rows run as the board's first language reads, the arrow pointing from ticket to counter.
      const row = page.getByTestId('call-history').locator('li').first();
      const rowTicketLeft =
        (await centre(row.locator('.ticket'))) < (await centre(row.locator('.counter-number')));
      expect(rowTicketLeft).toBe(order === 'en,ar');
      await expect(row.locator('.arrow')).toHaveText(order === 'en,ar' ? '→' : '←');
      // Each language's line reads forwards in its own direction (issue #15: on an Arabic-first board
      // the English line read "Counter ← Ticket"): "التذكرة ← الكاونتر", "Ticket → Counter".
      for (const [lang, ticket, counter, arrow, ticketLeft] of [
        ['ar', 'التذكرة', 'الكاونتر', '←', false],
        ['en', 'Ticket', 'Counter', '→', true],
      ] as const) {
        const line = legend.locator(`[lang="${lang}"]`);
        await expect(line).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
        await expect(line.locator('.arrow')).toHaveText(arrow);
        const word = (text: string) => line.locator('span', { hasText: text });
        await expect(word(ticket)).toBeVisible();
        await expect(word(counter)).toBeVisible();
        expect((await centre(word(ticket))) < (await centre(word(counter)))).toBe(ticketLeft);
        // The arrow sits between the two words, pointing at the counter.
        const [t, a, c] = [
          await centre(word(ticket)),
          await centre(line.locator('.arrow')),
          await centre(word(counter)),
        ];
        expect(ticketLeft ? t < a && a < c : c < a && a < t).toBe(true);
      }
    });

  test('earlier calls stay on the board across a reload', async ({ page }) => {
    await ensureBusyCentre();
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`${busyHub.url}/display/#key=${DISPLAY_KEY}&lang=ar,en&history=10`);
    const history = page.getByTestId('call-history').locator('li');
    await expect(history).toHaveCount(10);
    const before = await history.evaluateAll((els) => els.map((e) => e.getAttribute('data-ticket')));
    const latest = await page.getByTestId('latest-call').getAttribute('data-ticket');
    await page.reload();
    await expect(history).toHaveCount(10);
    expect(await history.evaluateAll((els) => els.map((e) => e.getAttribute('data-ticket')))).toEqual(before);
    await expect(page.getByTestId('latest-call')).toHaveAttribute('data-ticket', latest!);
  });
});

test('a screen without speech voices says so to the hub (device health), never to the public', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`${hub.url}/display/#key=${DISPLAY_KEY}&lang=ar,en`);
  await expect(page.locator('main.board')).toBeVisible();
  const voices = await page.evaluate(() => speechSynthesis.getVoices().map((v) => v.lang.slice(0, 2)));
  const missing = ['ar', 'en'].filter((l) => !voices.includes(l));
  const manager = await connect(hub.url, '/manager', { token: await login(hub.url, 'manager', '246810') });
  try {
    await expect
      .poll(async () => {
        const r = await emitAck<DeviceHealthList>(manager, 'manager.deviceHealth', {});
        return r.ok ? r.data.devices.find((d) => d.id === 'display-t')?.detail : 'refused';
      })
      .toBe(missing.length ? `no-speech-voice:${missing.join(',')}` : null);
  } finally {
    manager.disconnect();
  }
  await expect(page.locator('body')).not.toContainText(/speech voices|أصوات نطق|technician/i);
});

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
    clock: openHours,
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
