import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { api, connect, DISPLAY_KEY, KIOSK_KEY, login, type TestHub } from '../support/hub.js';
import { startE2eHub } from './support/hub.js';
import { signInToDashboard } from './dashboard-support.js';
import { expectNoAxeViolations } from './counter-support.js';

let hub: TestHub;
let managerAuth: string;
let tap = 0;
const issue = (serviceId: string) =>
  api(hub.url, 'POST', '/visits', `Device ${KIOSK_KEY}`, { serviceId, idempotencyKey: `dash-e2e-${++tap}` });

test.beforeAll(async () => {
  hub = await startE2eHub();
  managerAuth = `Bearer ${await login(hub.url, 'manager', '246810')}`;
});
test.afterAll(async () => hub?.cleanup());

const signIn = (page: Page, lang: 'ar' | 'en' = 'ar') => signInToDashboard(page, hub.url, lang);

test('the live view follows tickets as they flow, in Arabic, right to left', async ({ page }) => {
  await signIn(page);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const identity = page.locator('[data-queue="q-identity"]');
  await expect(identity.locator('[data-col="waiting"]')).toHaveText('0');
  await issue('eid-renew');
  await issue('eid-replace');
  await expect(identity.locator('[data-col="waiting"]')).toHaveText('2');
  await expect(page.locator('[data-agency="icp"] [data-col="waiting"]')).toHaveText('2');
  const agent = `Bearer ${await login(hub.url, 'agent1', '111111')}`;
  await api(hub.url, 'POST', '/counters/c1/open', agent);
  const called = await api(hub.url, 'POST', '/counters/c1/call-next', agent);
  const visitId = String(called.body.id);
  await expect(identity.locator('[data-col="waiting"]')).toHaveText('1');
  const c1 = page.locator('[data-counter="c1"]');
  await expect(c1.locator('[data-col="ticket"]')).toHaveText('A001');
  // Called, the citizen not yet there: not "serving" until service starts (U11).
  await expect(c1.locator('.counter-status')).toContainText('بانتظار المراجع');
  await api(hub.url, 'POST', `/counters/c1/start/${visitId}`, agent);
  await expect(c1.locator('.counter-status')).toHaveText('يخدم');
  await api(hub.url, 'POST', `/counters/c1/complete/${visitId}`, agent, {
    services: [{ serviceId: 'eid-renew', outcome: 'done' }],
  });
  await expect(identity.locator('[data-col="served"]')).toHaveText('1');
  await expect(c1).toContainText('متاح');
  await page.screenshot({ path: 'test-results/screenshots/dashboard-live-ar.png', fullPage: true });
  await expectNoAxeViolations(page);
});

test('an alert appears when a queue crosses its threshold, and is acknowledged', async ({ page }) => {
  await api(hub.url, 'POST', '/manager/updateThresholds', managerAuth, {
    thresholds: { amberMargin: 0.1, queueMaxWaiting: 2, queueMaxWaitMinutes: 60, counterIdleMinutes: 60 },
  });
  await signIn(page, 'en');
  for (let i = 0; i < 3; i++) await issue('licence-renew');
  const alert = page.locator('[data-kind="queue_over_threshold"]').filter({ hasText: 'Traffic' });
  await expect(alert).toContainText('3 waiting');
  await alert.getByRole('button', { name: 'Acknowledge' }).click();
  await expect(alert).toContainText('Acknowledged by s-manager');
  await page.screenshot({ path: 'test-results/screenshots/dashboard-live-en.png', fullPage: true });
  await expectNoAxeViolations(page);
});

test('configuration changes take effect on a running kiosk and counter', async ({ page }) => {
  await signIn(page, 'en');
  const labour = page.locator('[data-queue="q-labour"]');
  await labour.getByRole('button', { name: /Close/ }).click();
  // Closing asks first (dashboard-queue-close.spec.ts): the confirmation names the queue.
  await page.getByRole('dialog').getByRole('button', { name: 'Close E · Labour now' }).click();
  await expect(labour).toContainText('Closed');
  expect((await issue('work-permit')).body).toMatchObject({ code: 'queue_closed' });
  await labour.getByRole('button', { name: /Reopen/ }).click();
  await expect(labour).not.toContainText('Closed');
  expect((await issue('work-permit')).status).toBe(200);

  // Counter 5 serves traffic; moved to municipality and labour, its next call comes from there.
  await page.getByLabel('Work profile').nth(4).selectOption('wp-municipality-labour');
  await expect(page.getByRole('status')).toContainText('Saved');
  const agent = `Bearer ${await login(hub.url, 'agent5', '555555')}`;
  await api(hub.url, 'POST', '/counters/c5/open', agent);
  const called = await api(hub.url, 'POST', '/counters/c5/call-next', agent);
  expect(called.body.queueId).toBe('q-labour');
  await page.getByRole('button', { name: 'Configuration' }).click();
  // The audit log says what changed in words; the subject is the id, isolated.
  await expect(page.getByTestId('audit')).toContainText(/Counter work profile · \u2068?c5/);
  await expect(page.getByTestId('audit')).toContainText(/Queue closed · \u2068?q-labour/);
  await page.screenshot({ path: 'test-results/screenshots/dashboard-config-en.png', fullPage: true });
  await expectNoAxeViolations(page);
});

test('the CSV export matches the report on screen; both languages pass axe', async ({ page }) => {
  await signIn(page);
  await page.getByRole('button', { name: 'التقارير' }).click();
  await page.getByLabel('التجميع حسب').selectOption('service');
  await page.getByRole('button', { name: 'عرض التقرير' }).click();
  const table = page.getByTestId('report');
  await expect(table).toContainText('تجديد بطاقة الهوية');
  const onScreen = await table
    .locator('tr')
    .evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())),
    );
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'تصدير CSV' }).click();
  const csv = readFileSync(await (await download).path(), 'utf8').replace(/^\ufeff/, '');
  const parsed = csv.split('\r\n').map((line) => line.split(','));
  expect(parsed).toEqual(onScreen);
  expect(parsed.length).toBeGreaterThan(2);
  await page.screenshot({ path: 'test-results/screenshots/dashboard-report-ar.png', fullPage: true });
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await page.getByRole('button', { name: 'Show report' }).click();
  await expect(table).toContainText('Renew Emirates ID');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Configuration' }).click();
  await expect(page.getByTestId('audit')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a queue cut-off is scheduled for later today, shown as pending, and cancelled', async ({ page }) => {
  // The hub only takes a cut-off for later today (in the centre's zone, Dubai): not in the last minutes.
  const dubai = new Date(Date.now() + 4 * 3_600_000);
  const nearMidnight = dubai.getUTCHours() === 23 && dubai.getUTCMinutes() > 40;
  if (nearMidnight) console.log('skipped: within 20 minutes of midnight in Dubai there is no "later today"');
  test.skip(nearMidnight, 'too close to midnight in Dubai');
  await signIn(page);
  const row = page.locator('[data-queue="q-labour"]');
  const time = await page.evaluate(() => {
    const d = new Date(Date.now() + 15 * 60_000);
    return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  });
  await row.getByLabel(/إيقاف التذاكر الساعة/).fill(time);
  await row.getByRole('button', { name: /جدولة/ }).click();
  await expect(row.getByTestId('cutoff')).toContainText('لا تذاكر جديدة بعد');
  const listed = await api(hub.url, 'POST', '/manager/scheduledCutoffs', managerAuth, {});
  expect(listed.body).toEqual([expect.objectContaining({ queueId: 'q-labour', open: false })]);
  await expectNoAxeViolations(page);
  await row.getByRole('button', { name: /إلغاء الجدولة/ }).click();
  await expect(row.getByTestId('cutoff')).toHaveCount(0);
  expect((await api(hub.url, 'POST', '/manager/scheduledCutoffs', managerAuth, {})).body).toEqual([]);
  await expect(row.getByRole('button', { name: /جدولة/ })).toBeVisible();
});

test('an announcement is written in Arabic and English, each in its direction, and reaches the displays', async ({
  page,
}) => {
  await signIn(page, 'en');
  const board = await connect(hub.url, '/display', { deviceKey: DISPLAY_KEY });
  const shown = new Promise<unknown>((resolve) => board.once('message', resolve));
  const arabic = page.getByLabel('Arabic text');
  const english = page.getByLabel('English text');
  await expect(arabic).toHaveAttribute('dir', 'rtl');
  await expect(english).toHaveAttribute('dir', 'ltr');
  await arabic.fill('يرجى الانتظار في القاعة');
  await english.fill('Please wait in the hall');
  await page.getByRole('button', { name: 'Show message' }).click();
  await expect(page.getByRole('status')).toContainText('Message sent to the displays');
  expect(await shown).toMatchObject({
    text: { ar: 'يرجى الانتظار في القاعة', en: 'Please wait in the hall' },
  });
  board.close();
});
