/**
 * The request status page (/r/<token>) in a visitor's own language (issue #19): `?lang=ur` opens
 * it right to left in Urdu, the service under its Urdu catalogue name, axe clean; its language button
 * lists every shipped language (as on the status and join pages) and switches a page to Persian, right
 * to left in the registry's font, axe clean, kept over a reload. Screenshots:
 * test-results/screens/request-page-ur.png, request-page-fa.png.
 */
import { expect, test } from '@playwright/test';
import type { SubmittedRequest } from '../../shared/contract/assisted.js';
import { LOCALES } from '../../shared/i18n/locales/all.js';
import { LANGUAGES, languageInfo } from '../../shared/i18n/languages.js';
import { SERVICE_NAMES } from '../../main/demo/catalogue-translations.js';
import { api, KIOSK_KEY, type TestHub } from '../support/hub.js';
import { expectAccessible } from '../kiosk/e2e-helpers.js';
import { goodEidRenew } from '../assisted/support.js';
import { startE2eHub } from './support/hub.js';

let hub: TestHub;
test.beforeAll(async () => {
  // The hub's own status: no central left configured by an earlier file in this worker.
  delete process.env.DAWR_CENTRAL_URL;
  hub = await startE2eHub();
});
test.afterAll(async () => hub?.cleanup());

test('a request followed in Urdu', async ({ page }) => {
  const r = await api(hub.url, 'POST', '/service-requests', `Device ${KIOSK_KEY}`, {
    serviceId: 'eid-renew',
    data: goodEidRenew(),
    documents: ['eid-card', 'photo'],
    idempotencyKey: 'request-page-urdu',
  });
  expect(r.status).toBe(201);
  const link = new URL((r.body as unknown as SubmittedRequest).statusUrl).pathname;
  const ur = LOCALES.ur.namespaces.requestPage;

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${hub.url}${link}?lang=ur`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ur');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ur.title!);
  await expect(page.getByTestId('request-status')).toHaveText(ur.status_submitted!);
  await expect(page.getByTestId('request-service')).toHaveText(SERVICE_NAMES['eid-renew']!.ur);
  await expectAccessible(page, 'request-ur');
  await page.screenshot({ path: 'test-results/screens/request-page-ur.png', fullPage: true });

  // Its language button goes back to Arabic from the list of every shipped language.
  await page.getByTestId('language-button').click();
  await page.getByRole('button', { name: 'العربية', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('حالة الطلب');
  await expect(page).toHaveURL(/[?&]lang=ar/);
});

test('a request page switched to Persian by its language button: right to left, its font, axe clean', async ({
  page,
}) => {
  const r = await api(hub.url, 'POST', '/service-requests', `Device ${KIOSK_KEY}`, {
    serviceId: 'eid-renew',
    data: goodEidRenew(),
    documents: ['eid-card', 'photo'],
    idempotencyKey: 'request-page-persian',
  });
  expect(r.status).toBe(201);
  const { submittedAt } = (r.body as unknown as SubmittedRequest).request;
  const link = new URL((r.body as unknown as SubmittedRequest).statusUrl).pathname;
  const fa = LOCALES.fa.namespaces.requestPage;

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${hub.url}${link}?lang=ar`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByTestId('request-status')).toHaveText('تم التقديم');
  const button = page.getByTestId('language-button');
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  // Every shipped language, each written in itself, in its own direction (the status and join pages' list).
  expect(
    await page
      .locator('.language-list button')
      .evaluateAll((els) =>
        els.map((e) => `${e.getAttribute('lang')}:${e.getAttribute('dir')}:${e.textContent}`),
      ),
  ).toEqual(LANGUAGES.map((l) => `${l.code}:${l.direction}:${l.nativeName}`));
  await expectAccessible(page, 'request-language-list');

  await page.getByRole('button', { name: 'فارسی', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fa');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fa.title!);
  await expect(page.getByTestId('request-status')).toHaveText(fa.status_submitted!);
  await expect(page.getByTestId('language-button')).toContainText('فارسی');
  await expect(page).toHaveURL(/[?&]lang=fa/);
  // Dates in the Gregorian calendar the centre uses (Persian's own default is the solar hijri one).
  const gregorian = new Intl.DateTimeFormat('fa-u-ca-gregory-nu-latn', { year: 'numeric' }).format(
    submittedAt,
  );
  await expect(page.getByTestId('request-history').locator('.when')).toContainText(gregorian);
  // The page's font is the registry's Persian stack, and the Arabic-script face is the one drawn.
  const font = await page.evaluate(async () => {
    await document.fonts.ready;
    return {
      family: getComputedStyle(document.querySelector('h1')!).fontFamily,
      loaded: [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.unicodeRange),
    };
  });
  const plain = (stack: string) => stack.replace(/["']/g, '').replace(/\s*,\s*/g, ',');
  expect(plain(font.family)).toBe(plain(languageInfo('fa').fontFamily));
  expect(font.loaded.some((range) => /U\+6\d\d-6/i.test(range))).toBe(true);
  await expectAccessible(page, 'request-fa');
  await page.screenshot({ path: 'test-results/screens/request-page-fa.png', fullPage: true });

  // A reload keeps Persian (the choice is in the address).
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fa');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fa.title!);
});
