/**
 * When the hub ends a staff session (here: logged out through the API, as from another tab or by a
 * script), the open app does not sit there with a dead socket: it returns to its sign-in form and
 * says why, in a calm notice. Axe-clean.
 */
import { expect, test, type Page } from '@playwright/test';
import { api, type TestHub } from '../support/hub.js';
import { expectNoAxeViolations, openCounter } from './counter-support.js';
import { signInToDashboard } from './dashboard-support.js';
import { startE2eHub } from './support/hub.js';

let hub: TestHub;
test.beforeAll(async () => {
  hub = await startE2eHub();
});
test.afterAll(async () => hub?.cleanup());

/** The bearer token the app keeps in its sessionStorage. */
async function tokenIn(page: Page, storageKey: string, field?: string): Promise<string> {
  const raw = await page.evaluate((key) => sessionStorage.getItem(key), storageKey);
  expect(raw).toBeTruthy();
  return field ? String((JSON.parse(raw!) as Record<string, unknown>)[field]) : raw!;
}

test('a counter whose session is logged out through the API returns to sign-in and says why', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openCounter(page, hub.url, 'agent3', '333333', 'c3');
  const token = await tokenIn(page, 'dawr.counter.session', 'token');

  const out = await api(hub.url, 'POST', '/auth/logout', `Bearer ${token}`);
  expect(out.status).toBe(204);

  const form = page.locator('form.sign-in');
  await expect(form).toBeVisible();
  await expect(form.locator('p.notice')).toHaveText('تم تسجيل خروجك. سجّل الدخول مرة أخرى للمتابعة.');
  await expect(form.getByRole('status')).toHaveText('تم تسجيل خروجك. سجّل الدخول مرة أخرى للمتابعة.');
  await expect(page.locator('button.call-next')).toHaveCount(0);
  await expectNoAxeViolations(page);
  // Signing in again clears the notice.
  await page.locator('input[name="username"]').fill('agent3');
  await page.locator('input[name="pin"]').fill('333333');
  await form.locator('button[type="submit"]').click();
  await expect(form).toHaveCount(0);
  await expect(page.getByText('تم تسجيل خروجك. سجّل الدخول مرة أخرى للمتابعة.')).toHaveCount(0);
});

test('the dashboard whose session is logged out through the API returns to sign-in and says why', async ({
  page,
}) => {
  await signInToDashboard(page, hub.url, 'en');
  await page.setViewportSize({ width: 1366, height: 768 });
  const token = await tokenIn(page, 'dawr.dashboard.token');

  expect((await api(hub.url, 'POST', '/auth/logout', `Bearer ${token}`)).status).toBe(204);

  await expect(page.getByRole('heading', { name: 'Manager sign-in' })).toBeVisible();
  await expect(page.locator('main.sign-in p.notice')).toHaveText(
    'You were signed out. Sign in again to continue.',
  );
  await expectNoAxeViolations(page);
});
