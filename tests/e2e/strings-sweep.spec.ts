/**
 * The untranslated-string sweep (issue #15, "Every string translated"): every main screen of the
 * counter, dashboard, floor, display and phone pages, at each device's real size, in Arabic and in
 * English. The checker and what it allows, and why, are in ./support/strings-sweep.ts (shared with
 * the kiosk's sweep, strings-sweep-kiosk.spec.ts). Screenshots go to test-results/screens/.
 */
import { expect, test } from '@playwright/test';
import { api, DISPLAY_KEY, KIOSK_KEY, login, type TestHub } from '../support/hub.js';
import { startE2eHub } from './support/hub.js';
import { sweep } from './support/strings-sweep.js';

let hub: TestHub;
const consoleMessages: string[] = [];
let expectedConsole: RegExp | null = null;

test.beforeAll(async () => {
  hub = await startE2eHub();
});
test.afterAll(async () => hub?.cleanup());

test.beforeEach(({ page }) => {
  consoleMessages.length = 0;
  expectedConsole = null;
  page.on('console', (m) => consoleMessages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => consoleMessages.push(`pageerror: ${e.message}`));
});
test.afterEach(() => {
  // No console noise: no i18next notice, no favicon 404, no React warnings. A refusal the test
  // provokes on purpose (a wrong PIN's 401) is the one thing the browser itself logs.
  expect(consoleMessages.filter((m) => !expectedConsole?.test(m))).toEqual([]);
});

let taps = 0;
async function issue(body: Record<string, unknown>) {
  const r = await api(hub.url, 'POST', '/visits', `Device ${KIOSK_KEY}`, {
    idempotencyKey: `sweep-${process.pid}-${++taps}-${Date.now()}`,
    ...body,
  });
  if (r.status !== 200) throw new Error(`issue failed: ${JSON.stringify(r.body)}`);
  return r.body as { visit: { id: string; ticket: string; publicToken: string }; statusPath: string };
}

for (const lang of ['ar', 'en'] as const) {
  const query = lang === 'en' ? '?lang=en' : '';

  test(`counter screens (${lang}, 1366×768)`, async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${hub.url}/counter/${query}`);
    await sweep(page, 'counter-sign-in', lang);
    // Empty fields: our own message in the app's language, not the browser's.
    await page.locator('form.sign-in button[type="submit"]').click();
    await expect(page.getByRole('alert').first()).toBeVisible();
    await sweep(page, 'counter-sign-in-empty', lang);
    // A wrong PIN says so (not "please sign in first").
    expectedConsole = /status of 401/;
    await page.locator('input[name="username"]').fill('agent3');
    await page.locator('input[name="pin"]').fill('000000');
    await page.locator('form.sign-in button[type="submit"]').click();
    await expect(page.getByRole('alert')).toHaveText(
      lang === 'ar' ? 'اسم المستخدم أو الرقم السري غير صحيح.' : 'Wrong username or PIN.',
    );
    await sweep(page, 'counter-sign-in-wrong-pin', lang);
    await page.locator('input[name="pin"]').fill('333333');
    await page.locator('form.sign-in button[type="submit"]').click();
    await page.locator('select[name="counter"]').selectOption('c3');
    await sweep(page, 'counter-choose', lang);
    await page.locator('button.primary').click();
    await expect(page.locator('button.call-next')).toBeVisible();
    await sweep(page, 'counter-idle', lang);

    // A senior with a representative and a mobile number, with an earlier visit in the hub.
    const identity = { kind: 'mobile', value: lang === 'ar' ? '0501112233' : '0502223344' };
    const earlier = await issue({ serviceId: 'residency-renew', identity });
    const manager = `Bearer ${await login(hub.url, 'manager', '246810')}`;
    await api(hub.url, 'POST', `/visits/${earlier.visit.id}/cancel`, manager);
    const senior = await issue({
      serviceId: 'residency-renew',
      priority: 'senior',
      language: lang,
      identity,
      representative: { name: 'Salem', relation: 'family' },
    });
    // Called by its number: other tests' tickets wait in the same hub, and this one must be in hand.
    await page.locator('input[name="walk-direct"]').fill(senior.visit.ticket);
    await page.locator('input[name="walk-direct"]').press('Enter');
    await expect(page.getByTestId('current-ticket')).toHaveText(senior.visit.ticket);
    await expect(
      page.getByTestId('earlier-visits').or(page.getByTestId('central-unavailable')).first(),
    ).toBeVisible();
    await sweep(page, 'counter-called', lang);
    await page.keyboard.press('s');
    await expect(page.getByTestId('walking-time')).toBeVisible();
    await sweep(page, 'counter-serving', lang);
    await page.keyboard.press('t');
    await expect(page.getByTestId('transfer-form')).toBeVisible();
    await sweep(page, 'counter-transfer', lang);
    await page.getByTestId('transfer-form').locator('button[type="button"]').click();
    await page.keyboard.press('c');
    await expect(page.getByTestId('complete-form')).toBeVisible();
    await sweep(page, 'counter-complete', lang);
    await page.getByTestId('complete-form').locator('button[type="submit"]').click();
    await expect(page.getByTestId('current-ticket-empty')).toBeVisible();
    await page.locator('button', { hasText: lang === 'ar' ? 'إغلاق الكاونتر' : 'Close counter' }).click();
    await expect(page.locator('select[name="counter"]')).toBeVisible();
  });

  test(`dashboard tabs (${lang}, 1440×900)`, async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${hub.url}/dashboard/${query}`);
    await sweep(page, 'dashboard-sign-in', lang);
    await page.getByRole('button', { name: lang === 'en' ? 'Sign in' : 'دخول' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await sweep(page, 'dashboard-sign-in-empty', lang);
    await page.getByLabel(lang === 'en' ? 'Username' : 'اسم المستخدم').fill('manager');
    await page.getByLabel(lang === 'en' ? 'PIN' : 'الرقم السري').fill('246810');
    await page.getByRole('button', { name: lang === 'en' ? 'Sign in' : 'دخول' }).click();
    await expect(page.getByTestId('queues')).toBeVisible();
    await issue({ serviceId: 'eid-renew' });
    await expect(
      page.getByTestId('queues').locator('[data-queue="q-identity"] [data-col="waiting"]'),
    ).not.toHaveText('0');
    await sweep(page, 'dashboard-live', lang);
    const tabs = page.locator('header nav button');
    for (const [i, name] of ['reports', 'config', 'faq'].entries()) {
      await tabs.nth(i + 1).click();
      await expect(tabs.nth(i + 1)).toHaveAttribute('aria-current', 'page');
      await page.waitForLoadState('networkidle');
      await sweep(page, `dashboard-${name}`, lang);
    }
  });

  test(`floor assistant (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(`${hub.url}/floor/${query}`);
    await sweep(page, 'floor-sign-in', lang);
    await page.locator('input[name="username"]').fill('floor');
    await page.locator('input[name="pin"]').fill('112233');
    await page.locator('form.sign-in button[type="submit"]').click();
    await expect(page.locator('select[name="service"]')).toBeVisible();
    await sweep(page, 'floor-main', lang);
  });

  test(`phone pages (${lang}, 390×844)`, async ({ browser }) => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      // The phone's own language is the other one: the pages follow the ticket, or the link.
      locale: lang === 'ar' ? 'en-GB' : 'ar-AE',
    });
    const page = await context.newPage();
    page.on('console', (m) => consoleMessages.push(`${m.type()}: ${m.text()}`));
    const ticket = await issue({ serviceId: 'licence-renew', language: lang });
    await page.goto(`${hub.url}${ticket.statusPath}`);
    await expect(page.getByTestId('position')).toBeVisible();
    await sweep(page, 'phone-status', lang);
    // No ticket yet: the link's language (the phone's language is only the fallback).
    await page.goto(`${hub.url}/join/?lang=${lang}`);
    await expect(page.locator('select option').nth(1)).toBeAttached();
    await sweep(page, 'phone-join', lang);
    await page.getByRole('button').last().click();
    await expect(page.getByRole('alert').first()).toBeVisible();
    await sweep(page, 'phone-join-invalid', lang);
    await page.goto(`${hub.url}/r/REQ-0000?lang=${lang}`);
    await page.waitForLoadState('networkidle');
    expectedConsole = /status of 404/;
    await sweep(page, 'phone-request-unknown', lang);
    await context.close();
  });

  test(`display board (${lang}, 1920×1080)`, async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`${hub.url}/display/#key=${DISPLAY_KEY}&lang=${lang}`);
    await page.waitForLoadState('networkidle');
    await sweep(page, 'display', lang);
  });
}

test('every app is served a favicon (no 404 in any console)', async ({ request }) => {
  for (const path of ['/favicon.ico', '/counter/', '/dashboard/', '/floor/', '/join/', '/display/']) {
    const r = await request.get(`${hub.url}${path}`);
    expect({ path, status: r.status() }).toEqual({ path, status: 200 });
  }
  const icon = await request.get(`${hub.url}/favicon.ico`);
  // An ICO file: reserved 0, type 1 (icon).
  expect([...(await icon.body()).subarray(0, 4)]).toEqual([0, 0, 1, 0]);
});
