/**
 * The citizen's phone, in a phone-sized browser: joining remotely with an SMS code, following the
 * ticket to its call, running late and cancelling; refusals for bad forms and bursts; axe-core
 * on every screen in both languages.
 */
import { expect, test } from '@playwright/test';
import { api, KIOSK_KEY, login } from '../support/hub.js';
import { expectAccessiblePhoneScreen, usePhoneTestHub } from './phone-support.js';

const phone = usePhoneTestHub();
const { sms } = phone;

const kioskTicket = (key: string) =>
  api(phone.hub.url, 'POST', '/visits', `Device ${KIOSK_KEY}`, {
    serviceId: 'eid-renew',
    idempotencyKey: key,
  });

test('remote join in Arabic: bad forms refused, SMS code, then the ticket followed to its call', async ({
  page,
}) => {
  await page.goto(`${phone.hub.url}/join/`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('احجز دورك من هاتفك');
  await expectAccessiblePhoneScreen(page, 'phone-join-ar');

  // Invalid forms: no service, then a landline; nothing is sent.
  await page.getByRole('button', { name: 'أرسل رمز التحقق' }).click();
  await expect(page.getByRole('alert')).toHaveText('اختر خدمة أولاً.');
  await page.getByRole('combobox').selectOption('eid-renew');
  await page.getByRole('textbox').fill('04 123 4567');
  await page.getByRole('button', { name: 'أرسل رمز التحقق' }).click();
  await expect(page.getByRole('alert')).toHaveText('هذا ليس رقم هاتف متحرك إماراتي صحيحاً.');
  await expectAccessiblePhoneScreen(page, 'phone-join-ar-invalid');
  expect(sms.sent).toHaveLength(0);

  await page.getByRole('textbox').fill('050 765 4321');
  await page.getByRole('button', { name: 'أرسل رمز التحقق' }).click();
  await expect(page.getByRole('status')).toContainText('+97150*****21');
  await expectAccessiblePhoneScreen(page, 'phone-join-ar-code');

  // A wrong code is refused and counted; the right one issues the ticket.
  const code = sms.codeFor('+971507654321');
  await page.getByRole('textbox').fill(code === '000000' ? '111111' : '000000');
  await page.getByRole('button', { name: 'تأكيد وإصدار التذكرة' }).click();
  await expect(page.getByRole('alert')).toHaveText('الرمز غير صحيح. حاول مرة أخرى.');
  await page.getByRole('textbox').fill(code);
  await page.getByRole('button', { name: 'تأكيد وإصدار التذكرة' }).click();

  await expect(page).toHaveURL(/\/t\/[A-Za-z0-9_-]+/);
  await expect(page.getByText('A001')).toBeVisible();
  await expect(page.getByTestId('position')).toHaveText('1');
  await expect(page.getByTestId('ahead')).toHaveText('لا أحد أمامك في هذا الطابور');
  await expect(page.getByTestId('estimate')).toBeVisible();
  await expect(page.locator('body')).not.toContainText('765');
  await expectAccessiblePhoneScreen(page, 'phone-status-ar-waiting');

  // Two kiosk tickets join behind; running late moves this one back behind both.
  await kioskTicket('phone-e2e-behind-1');
  await kioskTicket('phone-e2e-behind-2');
  await page.getByRole('button', { name: 'سأتأخر' }).click();
  await expect(page.getByTestId('position')).toHaveText('3');
  await expect(page.getByRole('status').filter({ hasText: 'أعدنا تذكرتك' })).toBeVisible();

  // The sound needs a tap first (autoplay policy).
  await page.getByRole('button', { name: 'صوت عند النداء ما دامت الصفحة مفتوحة' }).click();
  await expect(page.getByRole('button', { name: 'التنبيه الصوتي مفعّل' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  const agent = `Bearer ${await login(phone.hub.url, 'agent1', '111111')}`;
  await api(phone.hub.url, 'POST', '/counters/c1/open', agent);
  for (let i = 0; i < 3; i++) {
    const called = await api(phone.hub.url, 'POST', '/counters/c1/call-next', agent);
    const visit = called.body as { id: string; ticket: string };
    if (visit.ticket === 'A001') break;
    await api(phone.hub.url, 'POST', `/counters/c1/start/${visit.id}`, agent);
    await api(phone.hub.url, 'POST', `/counters/c1/complete/${visit.id}`, agent, {
      services: [{ serviceId: 'eid-renew', outcome: 'done' }],
    });
  }
  await expect(page.getByRole('alert')).toContainText('تم النداء');
  await expect(page.getByTestId('counter')).toHaveText('1');
  await expectAccessiblePhoneScreen(page, 'phone-status-ar-called');
  await expect
    .poll(() =>
      sms.sent
        .filter((s) => s.to === '+971507654321')
        .map((s) => s.text)
        .join('\n'),
    )
    .toContain('حان دور تذكرتك A001');
});

test('remote join in English, then cancel with a confirmation', async ({ page }) => {
  await page.goto(`${phone.hub.url}/join/?lang=en`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectAccessiblePhoneScreen(page, 'phone-join-en');
  await page.getByRole('combobox').selectOption('licence-renew');
  await page.getByRole('textbox').fill('0551239876');
  await page.getByRole('button', { name: 'Send the code' }).click();
  await expect(page.getByRole('status')).toContainText('+97155*****76');
  await page.getByRole('textbox').fill('12');
  await page.getByRole('button', { name: 'Confirm and get my ticket' }).click();
  await expect(page.getByRole('alert')).toHaveText('The code is six digits.');
  await expectAccessiblePhoneScreen(page, 'phone-join-en-code');
  await page.getByRole('textbox').fill(sms.codeFor('+971551239876'));
  await page.getByRole('button', { name: 'Confirm and get my ticket' }).click();

  await expect(page).toHaveURL(/\/t\/.+lang=en/);
  await expect(page.getByTestId('ahead')).toHaveText('Nobody ahead of you in this line');
  // The one wait figure (shared/domain/wait-shown.ts): minutes, under a minute, or no counter open yet.
  await expect(page.getByTestId('estimate')).toHaveText(
    /^(\d+–\d+ minutes|up to \d+ minutes?|\d+ minutes?|Less than a minute|No counter open now)$/,
  );
  await expectAccessiblePhoneScreen(page, 'phone-status-en-waiting');
  // Last in line already: running late says nothing changed.
  await page.getByRole('button', { name: "I'm running late" }).click();
  await expect(page.getByRole('status').filter({ hasText: 'already last' })).toBeVisible();

  await page.getByRole('button', { name: 'Cancel my ticket' }).click();
  await expect(page.getByText('Cancel the ticket? This cannot be undone.')).toBeVisible();
  await expectAccessiblePhoneScreen(page, 'phone-status-en-cancel-confirm');
  await page.getByRole('button', { name: 'Yes, cancel it' }).click();
  await expect(page.getByTestId('status')).toContainText('Cancelled');
  await expect(page.getByRole('button', { name: 'Cancel my ticket' })).toHaveCount(0);
  await expectAccessiblePhoneScreen(page, 'phone-status-en-cancelled');
});

test('an abusive burst of code requests from one number is refused on the phone', async ({ page }) => {
  await page.goto(`${phone.hub.url}/join/?lang=en`);
  await page.getByRole('combobox').selectOption('traffic-fines');
  for (let i = 0; i < 3; i++) {
    await page.getByRole('textbox').fill('0569990000');
    await page.getByRole('button', { name: 'Send the code' }).click();
    await expect(page.getByRole('status')).toContainText('+97156*****00');
    await page.getByRole('button', { name: 'Change the number or service' }).click();
  }
  await page.getByRole('textbox').fill('0569990000');
  await page.getByRole('button', { name: 'Send the code' }).click();
  await expect(page.getByRole('alert')).toHaveText('Too many attempts. Please wait a moment.');
  await expectAccessiblePhoneScreen(page, 'phone-join-en-rate-limited');
  expect(sms.sent.filter((s) => s.to === '+971569990000')).toHaveLength(3);
});
