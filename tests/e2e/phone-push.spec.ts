/**
 * Web push on the ticket status page, in a phone-sized browser: the "Notify me on this phone"
 * button where the browser has push, the service worker served and registrable at /t/, and the
 * SMS note instead where it has not. Actually subscribing needs the browser vendor's push service
 * on the internet, so it is not done here; tests/remote/web-push.test.ts covers the hub's side
 * against a local push service.
 */
import { expect, test } from '@playwright/test';
import { api, KIOSK_KEY } from '../support/hub.js';
import { expectAccessiblePhoneScreen, usePhoneTestHub } from './phone-support.js';

const phone = usePhoneTestHub();
const { sms } = phone;

test('offers push where the browser has it, with a service worker that registers at /t/', async ({
  page,
}) => {
  const issued = await api(phone.hub.url, 'POST', '/visits', `Device ${KIOSK_KEY}`, {
    serviceId: 'eid-renew',
    idempotencyKey: 'push-e2e-1',
  });
  await page.goto(`${phone.hub.url}${issued.body.statusPath}`);
  const button = page.getByRole('button', { name: 'نبّهني على هذا الهاتف' });
  await expect(button).toBeVisible();
  await expect(page.getByTestId('push-unavailable')).toHaveCount(0);
  await expectAccessiblePhoneScreen(page, 'phone-push-ar');

  const scope = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.register('/t/sw.js', { scope: '/t/' });
    return registration.scope;
  });
  expect(scope).toBe(`${phone.hub.url}/t/`);
  const worker = await page.request.get(`${phone.hub.url}/t/sw.js`);
  expect(worker.headers()['content-type']).toContain('javascript');
  expect(await worker.text()).toContain("addEventListener('push'");

  // The language button opens every shipped language; English is one of them (#19).
  await page.getByTestId('language-button').click();
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Notify me on this phone' })).toBeVisible();
  await expectAccessiblePhoneScreen(page, 'phone-push-en');
});

test('where push is missing, a remote ticket says SMS will come and shows no button', async ({ page }) => {
  await page.addInitScript(() => {
    delete (window as { PushManager?: unknown }).PushManager;
  });
  const deviceId = 'push-e2e-device-000001';
  const asked = await api(phone.hub.url, 'POST', '/remote/code', undefined, {
    serviceId: 'eid-renew',
    mobile: '0501234567',
    deviceId,
    language: 'en',
  });
  expect(asked.status).toBe(200);
  const joined = await api(phone.hub.url, 'POST', '/remote/join', undefined, {
    requestId: asked.body.requestId,
    code: sms.codeFor('+971501234567'),
    deviceId,
  });
  expect(joined.status).toBe(200);
  await page.goto(`${phone.hub.url}${joined.body.statusPath}?lang=en`);
  await expect(page.getByTestId('push-unavailable')).toHaveText(
    'This browser cannot show notifications. You will get a text message when your turn is near and when you are called.',
  );
  await expect(page.getByTestId('push-button')).toHaveCount(0);
  await expectAccessiblePhoneScreen(page, 'phone-push-sms-en');
});
