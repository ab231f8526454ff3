/**
 * The phone's ticket status page in the visitor's language (issue #19), at a phone's size (390×844):
 * a ticket taken in Malayalam opens in Malayalam (lang, left to right, the Malayalam face loaded,
 * no English fallback on the screen but the ticket number and the service's catalogue name, which
 * exists in Arabic and English only), axe clean; a link's `?lang=ur` opens it right to left in Urdu.
 * Screenshots: test-results/screenshots/phone-language-*.png.
 */
import { expect, test, type Page } from '@playwright/test';
import { api, KIOSK_KEY } from '../support/hub.js';
import { LOCALES } from '../../shared/i18n/locales/all.js';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';
import { expectAccessiblePhoneScreen, usePhoneTestHub } from './phone-support.js';

const phone = usePhoneTestHub();

let seq = 0;
async function ticketIn(language: string): Promise<{ ticket: string; path: string }> {
  const r = await api(phone.hub.url, 'POST', '/visits', `Device ${KIOSK_KEY}`, {
    serviceId: 'eid-renew',
    idempotencyKey: `phone-language-${language}-${++seq}`,
    language,
  });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return { ticket: (r.body.visit as { ticket: string }).ticket, path: String(r.body.statusPath) };
}

/** The unicode ranges of the font faces the page has finished loading. */
async function loadedRanges(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.unicodeRange);
  });
}

test('a ticket taken in Malayalam opens its status page in Malayalam', async ({ page }) => {
  const { ticket, path } = await ticketIn('ml');
  await page.goto(`${phone.hub.url}${path}`);
  const ml = LOCALES.ml.namespaces.statusPage;
  await expect(page.locator('html')).toHaveAttribute('lang', 'ml');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${ml.yourTicket} ${ticket}`);
  expect((await loadedRanges(page)).some((r) => /U\+D00-D7F/i.test(r))).toBe(true);

  // No English left on the screen: every Latin word is the ticket, the service's and the centre's
  // catalogue names (Arabic and English only in the demo: the catalogue editor lists them as missing
  // in Malayalam), the "English" switch, or the Latin digits Malayalam uses.
  const service = DEMO_CATALOGUE.services.find((s) => s.id === 'eid-renew')!.name.en;
  const centre = DEMO_CATALOGUE.centre.name.en;
  const allowed = new Set([ticket, ...service.split(/\s+/), ...centre.split(/\s+/), 'English']);
  const text = await page.locator('main').innerText();
  const latinWords = (text.match(/[A-Za-z][A-Za-z0-9'’-]*/g) ?? []).filter((w) => !allowed.has(w));
  expect(latinWords).toEqual([]);
  await expectAccessiblePhoneScreen(page, 'phone-language-ml');
});

test('a link’s ?lang=ur opens an Arabic ticket right to left in Urdu', async ({ page }) => {
  const { path } = await ticketIn('ar');
  await page.goto(`${phone.hub.url}${path}?lang=ur`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ur');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    LOCALES.ur.namespaces.statusPage.yourTicket,
  );
  await expectAccessiblePhoneScreen(page, 'phone-language-ur');
});

test('joining from a phone in Malayalam: the page, the code SMS and the ticket all in Malayalam', async ({
  page,
}) => {
  const join = LOCALES.ml.namespaces.join;
  await page.goto(`${phone.hub.url}/join/?lang=ml`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ml');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(join.title);
  await expectAccessiblePhoneScreen(page, 'phone-language-join-ml');
  await page.getByRole('combobox').selectOption('licence-renew');
  await page.getByRole('textbox').fill('0561230001');
  await page.getByRole('button', { name: join.sendCode }).click();
  await expect(page.getByRole('status')).toContainText('+97156*****01');
  const code = phone.sms.codeFor('+971561230001');
  expect(phone.sms.sent.at(-1)!.text).toBe(
    join.smsCode.replace('{{code}}', code).replace('{{validFor}}', '5 മിനിറ്റ്'),
  );
  await page.getByRole('textbox').fill(code);
  await page.getByRole('button', { name: join.confirm }).click();
  await expect(page).toHaveURL(/\/t\/.+lang=ml/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ml');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    LOCALES.ml.namespaces.statusPage.yourTicket,
  );
});
