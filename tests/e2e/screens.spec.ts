/**
 * Screenshots of every app's main screens, kept as artifacts (issue #15): each at its device's size
 * (kiosk 1080×1920, display 1920×1080 and 1080×1920, counter 1366×768, phone 390×844, dashboard and
 * floor app as named below), in Arabic and in English. Each screen must not be blank (text on it,
 * and more than one colour in the picture) and must pass axe (WCAG 2.1 AA). The pictures go to
 * artifacts/screens/<app>-<screen>-<lang>.png (gitignored; see README, Tests).
 */
import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { startKioskE2e, type KioskE2e } from '../kiosk/e2e-fixture.js';
import { expectAccessible } from '../kiosk/e2e-helpers.js';
import { api, DISPLAY_KEY, login } from '../support/hub.js';
import { issue } from './counter-support.js';
import { kiosk as kioskStrings } from '../../shared/i18n/apps/kiosk.js';

const DIR = 'artifacts/screens';
const KIOSK = { width: 1080, height: 1920 };
const LANDSCAPE = { width: 1920, height: 1080 };
const PORTRAIT = { width: 1080, height: 1920 };
const COUNTER = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };
const DASHBOARD = { width: 1440, height: 900 };
const LANGS = ['ar', 'en'] as const;

test.use({ actionTimeout: 15_000 });

let k: KioskE2e;
let statusPath: string;
test.beforeAll(async () => {
  mkdirSync(DIR, { recursive: true });
  k = await startKioskE2e();
  const url = k.hub.url;
  // Something to show: waiting tickets in two queues, one called at counter 3.
  await issue(url, 'eid-renew');
  const followed = await issue(url, 'residency-renew');
  statusPath = (followed as unknown as { statusPath: string }).statusPath;
  await issue(url, 'licence-renew');
  const agent = `Bearer ${await login(url, 'agent3', '333333')}`;
  await api(url, 'POST', '/counters/c3/open', agent);
  await api(url, 'POST', '/counters/c3/call-next', agent);
});
test.afterAll(async () => k?.cleanup());

/** Not blank: readable text on the page, and a picture that is not one colour with a few specks. */
async function keep(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  const text = await page.evaluate(() => document.body.innerText.replace(/\s+/g, ' ').trim());
  expect(text.length, `${name}: no text on the screen`).toBeGreaterThan(10);
  expect(text, `${name}: a raw key or placeholder`).not.toMatch(/\{\{|\b[a-z]+\.[a-z][A-Za-z_]+\b(?![./@])/);
  const shot = await page.screenshot({ path: `${DIR}/${name}.png`, fullPage: true });
  const png = PNG.sync.read(shot);
  const counts = new Map<number, number>();
  for (let i = 0; i < png.data.length; i += 4 * 7) {
    const rgb = (png.data[i]! << 16) | (png.data[i + 1]! << 8) | png.data[i + 2]!;
    counts.set(rgb, (counts.get(rgb) ?? 0) + 1);
  }
  const samples = Math.ceil(png.data.length / (4 * 7));
  const commonest = Math.max(...counts.values());
  expect(1 - commonest / samples, `${name}: nearly one colour`).toBeGreaterThan(0.02);
  await expectAccessible(page, name);
}

for (const lang of LANGS) {
  test(`kiosk screens (${lang}) at 1080×1920`, async ({ page }) => {
    const words = kioskStrings[lang];
    const tap = (name: string) => page.getByRole('button', { name, exact: true }).first().click();
    await page.setViewportSize(KIOSK);
    await page.goto(k.kioskUrl);
    await expect(page.getByTestId('screen-welcome')).toBeVisible();
    if (lang === 'en') await page.getByRole('button', { name: 'English' }).first().click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await keep(page, `kiosk-welcome-${lang}`);
    await tap(words.allServices);
    await expect(page.getByTestId('screen-services')).toBeVisible();
    await keep(page, `kiosk-services-${lang}`);
    await page
      .getByRole('button', { name: lang === 'en' ? 'Renew Emirates ID' : 'تجديد بطاقة الهوية' })
      .first()
      .click();
    await expect(page.getByTestId('screen-service')).toBeVisible();
    await keep(page, `kiosk-service-${lang}`);
    await tap(words.printTicket);
    await expect(page.getByTestId('screen-ticket')).toBeVisible();
    await keep(page, `kiosk-ticket-${lang}`);
  });

  test(`display board (${lang} first) at 1920×1080 and 1080×1920`, async ({ page }) => {
    const order = lang === 'ar' ? 'ar,en' : 'en,ar';
    for (const [shape, size] of [
      ['landscape', LANDSCAPE],
      ['portrait', PORTRAIT],
    ] as const) {
      await page.setViewportSize(size);
      await page.goto(`${k.hub.url}/display/#key=${DISPLAY_KEY}&lang=${order}`);
      await expect(page.getByTestId('latest-call')).toBeVisible();
      await keep(page, `display-${shape}-${lang}`);
    }
  });

  test(`counter app (${lang}) at 1366×768: sign-in and the desk`, async ({ page }) => {
    await page.setViewportSize(COUNTER);
    await page.goto(`${k.hub.url}/counter/${lang === 'en' ? '?lang=en' : ''}`);
    await expect(page.locator('form.sign-in')).toBeVisible();
    await keep(page, `counter-sign-in-${lang}`);
    // A counter and an agent of its own per language: the first language's stays open.
    const n = lang === 'ar' ? 5 : 6;
    await page.locator('input[name="username"]').fill(`agent${n}`);
    await page.locator('input[name="pin"]').fill(String(n).repeat(6));
    await page.locator('form.sign-in button[type="submit"]').click();
    await page.locator('select[name="counter"]').selectOption(`c${n}`);
    await page.locator('button.primary', { hasText: /فتح الكاونتر|Open counter/ }).click();
    await expect(page.locator('button.call-next')).toBeVisible();
    await keep(page, `counter-desk-${lang}`);
    await page.locator('button.call-next').click();
    await expect(page.getByTestId('customer-panel')).toBeVisible();
    await keep(page, `counter-serving-${lang}`);
  });

  test(`phone pages (${lang}) at 390×844: join and a ticket's status`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto(`${k.hub.url}/join/?lang=${lang}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('main')).toBeVisible();
    await keep(page, `phone-join-${lang}`);
    await page.goto(`${k.hub.url}${statusPath}?lang=${lang}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('main')).toBeVisible();
    await keep(page, `phone-status-${lang}`);
  });

  test(`dashboard (${lang}) at 1440×900: sign-in and the live view`, async ({ page }) => {
    await page.setViewportSize(DASHBOARD);
    await page.goto(`${k.hub.url}/dashboard/${lang === 'en' ? '?lang=en' : ''}`);
    await expect(page.getByLabel(lang === 'en' ? 'Username' : 'اسم المستخدم')).toBeVisible();
    await keep(page, `dashboard-sign-in-${lang}`);
    await page.getByLabel(lang === 'en' ? 'Username' : 'اسم المستخدم').fill('manager');
    await page.getByLabel(lang === 'en' ? 'PIN' : 'الرقم السري').fill('246810');
    await page.getByRole('button', { name: lang === 'en' ? 'Sign in' : 'دخول' }).click();
    await expect(page.getByTestId('queues')).toBeVisible();
    await keep(page, `dashboard-live-${lang}`);
  });

  test(`floor assistant app (${lang}) at 390×844: sign-in`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto(`${k.hub.url}/floor/${lang === 'en' ? '?lang=en' : ''}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('input').first()).toBeVisible();
    await keep(page, `floor-sign-in-${lang}`);
  });
}
