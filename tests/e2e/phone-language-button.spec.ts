/**
 * The phone pages' language button (issue #19): it offers every shipped language, each written in
 * its own script (its lang, direction and font), not only Arabic and English. A status page switched
 * to Bengali by it turns Bengali, left to right, keeps the choice over a reload and the language the
 * ticket was taken in, and passes axe with the list open; a join switched to Urdu runs right to left
 * and the code SMS follows the page's language. Screenshots: test-results/screenshots/phone-button-*.png.
 */
import { expect, test, type Page } from '@playwright/test';
import { api, KIOSK_KEY } from '../support/hub.js';
import { LANGUAGES } from '../../shared/i18n/languages.js';
import { LOCALES } from '../../shared/i18n/locales/all.js';
import { expectAccessiblePhoneScreen, usePhoneTestHub } from './phone-support.js';

const phone = usePhoneTestHub();

let seq = 0;
async function arabicTicket(): Promise<{ ticket: string; path: string }> {
  const r = await api(phone.hub.url, 'POST', '/visits', `Device ${KIOSK_KEY}`, {
    serviceId: 'eid-renew',
    idempotencyKey: `phone-button-${++seq}`,
    language: 'ar',
  });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return { ticket: (r.body.visit as { ticket: string }).ticket, path: String(r.body.statusPath) };
}

/** Opens the language list and checks it offers every shipped language, each in its own script. */
async function openLanguageList(page: Page): Promise<void> {
  const button = page.getByTestId('language-button');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const choices = page.locator('.language-list button');
  await expect(choices).toHaveCount(LANGUAGES.length);
  expect(
    await choices.evaluateAll((els) =>
      els.map((e) => `${e.getAttribute('lang')}:${e.getAttribute('dir')}:${e.textContent}`),
    ),
  ).toEqual(LANGUAGES.map((l) => `${l.code}:${l.direction}:${l.nativeName}`));
}

test('a status page switched to Bengali by its button: Bengali, left to right, kept over a reload', async ({
  page,
}) => {
  const { ticket, path } = await arabicTicket();
  await page.goto(`${phone.hub.url}${path}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByTestId('position')).toBeVisible();
  await openLanguageList(page);
  await expect(page.locator('.language-list button[lang="ar"]')).toHaveAttribute('aria-pressed', 'true');
  await expectAccessiblePhoneScreen(page, 'phone-button-list-ar');

  await page.getByRole('button', { name: 'বাংলা', exact: true }).click();
  const bn = LOCALES.bn.namespaces.statusPage;
  await expect(page.locator('html')).toHaveAttribute('lang', 'bn');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${bn.yourTicket} ${ticket}`);
  await expect(page.locator('.language-list')).toHaveCount(0);
  await expect(page.getByTestId('language-button')).toContainText('বাংলা');
  await expect(page).toHaveURL(/[?&]lang=bn/);
  await expectAccessiblePhoneScreen(page, 'phone-button-bn');

  // The choice sticks for the page: a reload (or a live update) does not bring back Arabic.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'bn');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${bn.yourTicket} ${ticket}`);
});

test('joining from a phone switched to Urdu by the button: right to left, and the code SMS in Urdu', async ({
  page,
}) => {
  await page.goto(`${phone.hub.url}/join/?lang=ar`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await openLanguageList(page);
  await page.getByRole('button', { name: 'اردو', exact: true }).click();
  const join = LOCALES.ur.namespaces.join;
  await expect(page.locator('html')).toHaveAttribute('lang', 'ur');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(join.title);
  await expectAccessiblePhoneScreen(page, 'phone-button-join-ur');
  await page.getByRole('combobox').selectOption('licence-renew');
  await page.getByRole('textbox').fill('0561230002');
  await page.getByRole('button', { name: join.sendCode }).click();
  await expect(page.getByRole('status')).toContainText('+97156*****02');
  const code = phone.sms.codeFor('+971561230002');
  expect(phone.sms.sent.at(-1)!.text).toBe(
    join.smsCode.replace('{{code}}', code).replace('{{validFor}}', '5 منٹ'),
  );
});
