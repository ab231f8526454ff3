/** Appointment check-in (scanner or typed code; early/late windows) and the happiness meter at the kiosk. */
import { expect, test } from '@playwright/test';
import { createDemoAppointments } from '../../main/hub/features/kiosk/appointments.js';
import { api, KIOSK_KEY, login } from '../support/hub.js';
import { startKioskE2e, type KioskE2e } from '../kiosk/e2e-fixture.js';
import { checkScreen } from '../kiosk/e2e-helpers.js';

let k: KioskE2e;
let bookings: ReturnType<typeof createDemoAppointments>;
test.beforeAll(async () => {
  k = await startKioskE2e();
  bookings = createDemoAppointments(k.hub.hub.db, Date.now());
});
test.afterAll(async () => k?.cleanup());

test('on time: a scanned booking code gives an appointment-priority ticket; a second scan the same one', async ({
  page,
}) => {
  await page.goto(k.kioskUrl);
  await page.getByRole('button', { name: 'العربية' }).click();
  await page.getByRole('button', { name: 'لدي موعد مسبق' }).click();
  await checkScreen(page, 'screen-checkin', 'ar');
  // A keyboard-wedge scanner types into the focused field and presses Enter.
  await page.keyboard.type(bookings.onTime[0]!.code);
  await page.keyboard.press('Enter');
  await expect(page.getByText('تم تسجيل حضورك')).toBeVisible();
  const ticket = await page.getByTestId('ticket-number').textContent();
  await expect(page.getByTestId('print-state')).toContainText('تمت الطباعة');
  const visit = [...k.hub.hub.state.visits.values()].find((v) => v.ticket === ticket)!;
  expect(visit.priority).toBe('appointment');
  expect(visit.channel).toBe('appointment');

  await page.getByRole('button', { name: 'تم', exact: true }).click();
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'I have an appointment' }).click();
  await checkScreen(page, 'screen-checkin', 'en');
  for (const ch of bookings.onTime[0]!.code)
    await page.getByRole('button', { name: ch, exact: true }).click();
  await page.getByRole('button', { name: 'Check in', exact: true }).click();
  await expect(page.getByTestId('ticket-number')).toHaveText(ticket!);
});

test('too early and too late: clear messages, no ticket', async ({ page }) => {
  const before = k.hub.hub.state.visits.size;
  await page.goto(k.kioskUrl);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'I have an appointment' }).click();
  await page.getByTestId('booking-code').fill(bookings.tooEarly.code);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText(
    'You are early. Check-in for your appointment opens at',
  );
  await checkScreen(page, 'screen-checkin', 'en', 'checkin-early');
  await page.getByTestId('booking-code').fill(bookings.tooLate.code);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('has closed');
  await page.getByTestId('booking-code').fill('NOSUCHCODE');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('No booking has this code');
  expect(k.hub.hub.state.visits.size).toBe(before);
});

test('happiness meter: a finished visit is rated once, anonymously, by scanning its ticket', async ({
  page,
}) => {
  const issued = await api(k.hub.url, 'POST', '/visits', `Device ${KIOSK_KEY}`, {
    serviceId: 'licence-renew',
    idempotencyKey: 'tap-feedback-1',
  });
  const visitId = (issued.body.visit as { id: string }).id;
  const statusUrl = `${k.hub.url}${String(issued.body.statusPath)}`;
  await page.goto(k.kioskUrl);
  await page.getByRole('button', { name: 'العربية' }).click();
  await page.getByRole('button', { name: 'قيّم زيارتك' }).click();
  await page.keyboard.type(statusUrl);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('بعد انتهاء الخدمة');

  const agent = `Bearer ${await login(k.hub.url, 'agent3', '333333')}`;
  for (const path of ['open', `call/${visitId}`, `start/${visitId}`])
    expect((await api(k.hub.url, 'POST', `/counters/c3/${path}`, agent)).status).toBe(200);
  const done = await api(k.hub.url, 'POST', `/counters/c3/complete/${visitId}`, agent, {
    services: [{ serviceId: 'licence-renew', outcome: 'done' }],
  });
  expect(done.status).toBe(200);

  await page.keyboard.type(statusUrl);
  await page.keyboard.press('Enter');
  await checkScreen(page, 'screen-feedback', 'ar');
  await page.getByRole('button', { name: 'سعيد', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('شكراً لك');
  const rows = k.hub.hub.db.prepare('SELECT * FROM feedback').all() as Record<string, unknown>[];
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ face: 'happy', service_id: 'licence-renew', counter_id: 'c3' });
  expect(JSON.stringify(rows)).not.toContain(visitId);

  const again = await api(k.hub.url, 'POST', '/feedback', undefined, {
    token: String(issued.body.statusPath).split('/').pop(),
    face: 'unhappy',
  });
  expect(again).toMatchObject({ status: 409, body: { code: 'already_voted' } });
});
