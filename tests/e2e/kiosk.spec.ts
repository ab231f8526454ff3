/**
 * The kiosk's walk-in flow in Debian's Chromium: both languages, search, optional identification and
 * priority on the service's screen, printing and its fallback. Tap counts and the closed centre: kiosk-flow.spec.ts.
 */
import { expect, test } from '@playwright/test';
import { startKioskE2e, type KioskE2e } from '../kiosk/e2e-fixture.js';
import { checkScreen, expectAccessible } from '../kiosk/e2e-helpers.js';

let k: KioskE2e;
test.beforeAll(async () => {
  k = await startKioskE2e();
});
test.afterAll(async () => k?.cleanup());
test.beforeEach(async ({ page }) => {
  k.printer.setState('ok');
  await page.setViewportSize({ width: 1080, height: 1600 });
});

const visits = () => [...k.hub.hub.state.visits.values()];

test('a walk-in citizen takes a ticket in Arabic; it is printed', async ({ page }) => {
  await page.goto(k.kioskUrl);
  await expect(page).not.toHaveURL(/key=/);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await checkScreen(page, 'screen-welcome', 'ar');
  await page.getByRole('button', { name: 'كل الخدمات' }).click();
  await checkScreen(page, 'screen-services', 'ar');
  await page.getByRole('button', { name: /^تجديد بطاقة الهوية/ }).click();
  await expect(page.getByText('بطاقة الهوية الإماراتية الأصلية')).toBeVisible();
  await expect(page.getByTestId('online-qr')).toBeVisible();
  await expect(page.getByTestId('service-wait')).toHaveText(
    /^(من \d+ إلى \d+ (دقيقة|دقائق)|حتى \d+ (دقيقة|دقائق)|حتى (دقيقتين|دقيقة واحدة)|\d+ (دقيقة|دقائق)|دقيقة واحدة|دقيقتان|أقل من دقيقة|لا كاونتر مفتوح الآن)$/,
  );
  await checkScreen(page, 'screen-service', 'ar');
  const before = visits().length;
  await page.getByRole('button', { name: 'اطبع تذكرتي' }).click();
  await expect(page.getByTestId('ticket-number')).toHaveText(/^A\d{3}$/);
  // The demo centre's digits are Latin (catalogue centre.digits, shared/i18n/numbers.ts).
  await expect(page.getByTestId('ticket-ahead')).toHaveText('لا أحد أمامك في هذا الطابور');
  // Once printed the QR code leaves the screen (it can cancel the ticket; it is on the paper).
  await expect(page.getByTestId('print-state')).toContainText('تمت الطباعة');
  await expect(page.getByTestId('status-qr')).toHaveCount(0);
  await checkScreen(page, 'screen-ticket', 'ar');
  expect(visits().length).toBe(before + 1);
  const ticket = await page.getByTestId('ticket-number').textContent();
  expect(k.printer.jobs.at(-1)?.transcript).toContain(ticket!);
  await page.getByRole('button', { name: 'تم', exact: true }).click();
  await expect(page.getByTestId('screen-welcome')).toBeVisible();
});

test('in English: Emirates ID checked on the kiosk, senior priority, for a family member', async ({
  page,
}) => {
  await page.goto(k.kioskUrl);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await checkScreen(page, 'screen-welcome', 'en');
  await page.getByRole('button', { name: 'Search for a service' }).click();
  await page.getByLabel('Search for a service').fill('licence');
  await checkScreen(page, 'screen-services', 'en', 'search-en');
  await page.getByRole('button', { name: /^Renew driving licence/ }).click();
  await checkScreen(page, 'screen-service', 'en');
  await page.getByRole('button', { name: 'Optional: identification and priority' }).click();
  await page.getByRole('button', { name: 'Emirates ID number', exact: true }).click();
  for (const d of '784198012345670') await page.getByRole('button', { name: d, exact: true }).click();
  await page.getByRole('button', { name: 'Print my ticket' }).click();
  await expect(page.getByRole('alert')).toContainText('not valid');
  await checkScreen(page, 'screen-service', 'en', 'service-invalid-id');
  await page.getByRole('button', { name: 'Clear all' }).click();
  for (const d of '784198012345678') await page.getByRole('button', { name: d, exact: true }).click();
  await expect(page.getByLabel(/Emirates ID number \(/)).toHaveValue('784-1980-1234567-8');
  await page.getByRole('button', { name: 'Senior citizens (60+)' }).click();
  await page.getByRole('button', { name: 'I am taking this ticket for someone else' }).click();
  await page.getByRole('button', { name: 'Family member' }).click();
  await checkScreen(page, 'screen-service', 'en', 'service-details');
  await page.getByRole('button', { name: 'Print my ticket' }).click();
  await expect(page.getByTestId('ticket-number')).toHaveText(/^C\d{3}$/);
  await expect(page.getByTestId('print-state')).toContainText('Printed');
  await checkScreen(page, 'screen-ticket', 'en');
  await expect(page.locator('body')).not.toContainText('1234567');
  const visit = visits().find((v) => v.ticket === 'C001')!;
  expect(visit.priority).toBe('senior');
  expect(visit.representative).toEqual({ relation: 'family' });
  expect(visit.language).toBe('en');
  expect(visit.customer?.masked).toBe('784-****-****567-8');
  expect(JSON.stringify(visit)).not.toContain('784198012345678');
});

test('paper out: the ticket stands, the screen says so, and offers a text message', async ({ page }) => {
  k.printer.setState('paper-out');
  const jobs = k.printer.jobs.length;
  await page.goto(k.kioskUrl);
  await page.getByRole('button', { name: 'كل الخدمات' }).click();
  await page.getByRole('button', { name: /^تصريح بناء/ }).click();
  await page.getByRole('button', { name: 'اطبع تذكرتي' }).click();
  await expect(page.getByTestId('ticket-number')).toHaveText(/^D\d{3}$/);
  await expect(page.getByTestId('print-state')).toContainText('تعذرت طباعة التذكرة');
  await expect(page.getByTestId('print-state')).toContainText('نفد الورق');
  await expect(page.getByTestId('status-qr')).toBeVisible();
  await checkScreen(page, 'screen-ticket', 'ar', 'ticket-fallback');
  expect(k.printer.jobs.slice(jobs).every((j) => !j.printed)).toBe(true);
  await page.getByRole('button', { name: 'أرسل التذكرة برسالة نصية' }).click();
  for (const d of '0501234567') await page.getByRole('button', { name: d, exact: true }).click();
  await expectAccessible(page, 'sms entry (ar)');
  await page.getByRole('button', { name: 'إرسال' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'تم إرسال الرسالة' })).toContainText(
    '+97150*****67',
  );
});

test('printer offline: the same fallback, in English', async ({ page }) => {
  k.printer.setState('offline');
  await page.goto(k.kioskUrl);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'All services' }).click();
  await page.getByRole('button', { name: /^Issue a work permit/ }).click();
  await page.getByRole('button', { name: 'Print my ticket' }).click();
  await expect(page.getByTestId('print-state')).toContainText('could not be printed');
  await expect(page.getByTestId('print-state')).toContainText('not connected');
  await checkScreen(page, 'screen-ticket', 'en', 'ticket-fallback');
});

test('two taps on print issue one ticket', async ({ page }) => {
  await page.goto(k.kioskUrl);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'All services' }).click();
  await page.getByRole('button', { name: /^Register a vehicle/ }).click();
  const before = visits().length;
  await page.getByRole('button', { name: 'Print my ticket' }).evaluate((b: HTMLButtonElement) => {
    b.click();
    b.click();
  });
  await expect(page.getByTestId('ticket-number')).toBeVisible();
  expect(visits().length).toBe(before + 1);
});
