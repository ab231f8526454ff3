/**
 * The dashboard's counter cards at 1440×900 (U11): a counter that called a ticket 17 minutes ago and
 * never started serving it reads "called · waiting for the citizen 17 minutes" in the alert colour
 * (past the idle threshold), not "serving" with "17:08" (a time of day to the eye); a counter
 * serving reads its service time in minutes from the start of service, in words.
 */
import { expect, test, type Page } from '@playwright/test';
import { api, KIOSK_KEY, login, openAllDay, type TestHub } from '../support/hub.js';
import { startE2eHub } from './support/hub.js';
import { signInToDashboard } from './dashboard-support.js';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';
import { DEFAULT_THRESHOLDS } from '../../shared/contract/manager.js';

const MINUTE = 60_000;
/**
 * The hub's clock stands at the moment of each step while the setup runs, then follows the real one;
 * the browser's stands at `shownAt`: the minutes on the cards are exact, however long the test takes.
 */
let fixedAt: number | null = null;
const calledAt = Date.now() - 17.5 * MINUTE;
const servingFrom = calledAt + 10 * MINUTE;
const shownAt = calledAt + 17.5 * MINUTE;
let hub: TestHub;
test.beforeAll(async () => {
  hub = await startE2eHub({
    clock: { now: () => fixedAt ?? Date.now() },
    catalogue: openAllDay(DEMO_CATALOGUE),
  });
  const issue = (n: number) =>
    api(hub.url, 'POST', '/visits', `Device ${KIOSK_KEY}`, {
      serviceId: 'eid-renew',
      idempotencyKey: `dash-called-${n}`,
    });
  const agent = async (name: string, pin: string, counterId: string) => {
    const auth = `Bearer ${await login(hub.url, name, pin)}`;
    await api(hub.url, 'POST', `/counters/${counterId}/open`, auth);
    return auth;
  };
  fixedAt = calledAt;
  for (let n = 1; n <= 2; n++) expect((await issue(n)).status).toBe(200);
  const a2 = await agent('agent2', '222222', 'c2');
  expect((await api(hub.url, 'POST', '/counters/c2/call-next', a2)).status).toBe(200);
  const a1 = await agent('agent1', '111111', 'c1');
  const called = await api(hub.url, 'POST', '/counters/c1/call-next', a1);
  // Counter 1's citizen came after ten minutes: served for seven and a half since.
  fixedAt = servingFrom;
  expect((await api(hub.url, 'POST', `/counters/c1/start/${String(called.body.id)}`, a1)).status).toBe(200);
  fixedAt = null;
});
test.afterAll(async () => hub?.cleanup());

const card = (page: Page, counterId: string) => page.locator(`[data-counter="${counterId}"]`);

const expected = {
  ar: { called: /^تم النداء · بانتظار المراجع منذ 17 دقيقة$/, serving: 'يخدم', servedFor: '7 دقائق' },
  en: {
    called: /^Called · waiting for the citizen for 17 minutes$/,
    serving: 'Serving',
    servedFor: '7 minutes',
  },
} as const;

for (const lang of ['ar', 'en'] as const)
  test(`${lang}: a call the citizen has not answered is not service, and minutes read as minutes`, async ({
    page,
  }) => {
    await page.clock.setFixedTime(shownAt);
    await signInToDashboard(page, hub.url, lang);
    await page.setViewportSize({ width: 1440, height: 900 });
    const c2 = card(page, 'c2');
    await expect(c2.locator('.counter-status')).toHaveText(expected[lang].called);
    await expect(c2).toHaveAttribute('data-status', 'called');
    await expect(c2.getByTestId('serving-for')).toHaveText('—');
    // 17 minutes is past the default idle threshold: the card takes the alert colour.
    expect(17).toBeGreaterThanOrEqual(DEFAULT_THRESHOLDS.counterIdleMinutes);
    await expect(c2).toHaveClass(/\bcounter-late\b/);
    const c1 = card(page, 'c1');
    await expect(c1.locator('.counter-status')).toHaveText(expected[lang].serving);
    await expect(c1.getByTestId('serving-for')).toHaveText(expected[lang].servedFor);
    await expect(c1).not.toHaveClass(/\bcounter-late\b/);
    await c2.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/screenshots/dashboard-called-counter-${lang}.png` });
  });
