/**
 * The language chosen on the phone follows the visit (issue #19): a ticket joined from a phone in
 * Arabic, its status page switched to Urdu by the language button, tells the hub
 * (`POST /api/v1/public/tickets/:token/language`), and the "called" SMS that follows is in Urdu.
 * Screenshot: test-results/screenshots/phone-visit-language-ur.png.
 */
import { expect, test } from '@playwright/test';
import { api, login } from '../support/hub.js';
import { LOCALES } from '../../shared/i18n/locales/all.js';
import { expectAccessiblePhoneScreen, usePhoneTestHub } from './phone-support.js';

const phone = usePhoneTestHub();

test('a status page switched to Urdu: the visit takes Urdu, and the call comes by SMS in Urdu', async ({
  page,
}) => {
  const mobile = '+971507770033';
  const deviceId = 'visit-language-e2e-000001';
  const asked = await api(phone.hub.url, 'POST', '/remote/code', undefined, {
    serviceId: 'eid-renew',
    mobile: '0507770033',
    deviceId,
    language: 'ar',
  });
  expect(asked.status, JSON.stringify(asked.body)).toBe(200);
  const joined = await api(phone.hub.url, 'POST', '/remote/join', undefined, {
    requestId: asked.body.requestId,
    code: phone.sms.codeFor(mobile),
    deviceId,
  });
  expect(joined.status, JSON.stringify(joined.body)).toBe(200);
  const ticket = String(joined.body.ticket);
  const statusPath = String(joined.body.statusPath);

  await page.goto(`${phone.hub.url}${statusPath}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByTestId('position')).toBeVisible();

  await page.getByTestId('language-button').click();
  const told = page.waitForResponse((r) =>
    r.url().endsWith(`${statusPath.replace('/t/', '/api/v1/public/tickets/')}/language`),
  );
  await page.getByRole('button', { name: 'اردو', exact: true }).click();
  const answer = await told;
  expect(answer.status()).toBe(200);
  expect(answer.request().postDataJSON()).toEqual({ language: 'ur' });
  const status = LOCALES.ur.namespaces.statusPage;
  await expect(page.locator('html')).toHaveAttribute('lang', 'ur');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${status.yourTicket} ${ticket}`);
  // The hub's own status page answer now says Urdu: a reload without ?lang would open in it.
  const stored = await api(phone.hub.url, 'GET', statusPath.replace('/t/', '/public/tickets/'));
  expect(stored.body.language).toBe('ur');
  await expectAccessiblePhoneScreen(page, 'phone-visit-language-ur');

  const agent = `Bearer ${await login(phone.hub.url, 'agent1', '111111')}`;
  await api(phone.hub.url, 'POST', '/counters/c1/open', agent);
  const called = await api(phone.hub.url, 'POST', '/counters/c1/call-next', agent);
  expect(called.body).toMatchObject({ ticket, language: 'ur' });
  await expect(page.getByTestId('counter')).toBeVisible();
  const counter = (await page.getByTestId('counter').textContent()) ?? '';
  const urdu = status.smsCalled.replace('{{ticket}}', ticket).replace('{{counter}}', counter);
  await expect.poll(() => phone.sms.sent.filter((s) => s.to === mobile).map((s) => s.text)).toContain(urdu);
});
