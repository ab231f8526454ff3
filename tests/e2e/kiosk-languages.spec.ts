/**
 * A visitor's own language at the kiosk (issue #19), at its real size (1080×1920): "more languages"
 * beside Arabic and English opens a list written each in its own script; choosing Urdu (right to
 * left, Nastaliq) or Hindi (Devanagari) turns the page's lang, direction and font, and the walk to
 * a printed ticket is in that language, axe clean; the ticket carries the language.
 * Screenshots: test-results/screens/kiosk-languages-*.png.
 */
import { expect, test, type Page } from '@playwright/test';
import { startKioskE2e, type KioskE2e } from '../kiosk/e2e-fixture.js';
import { expectAccessible } from '../kiosk/e2e-helpers.js';
import { LOCALES } from '../../shared/i18n/locales/all.js';
import { LANGUAGES } from '../../shared/i18n/languages.js';
import { SERVICE_NAMES } from '../../main/demo/catalogue-translations.js';

const urName = (serviceId: string) => SERVICE_NAMES[serviceId]!.ur;

const SIZE = { width: 1080, height: 1920 };

async function shot(page: Page, name: string): Promise<void> {
  await expectAccessible(page, name);
  await page.screenshot({ path: `test-results/screens/kiosk-languages-${name}.png` });
}

/** The unicode ranges of the font faces the page has finished loading (after every pending load). */
async function loadedFaces(page: Page): Promise<{ family: string; unicodeRange: string }[]> {
  return page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts]
      .filter((f) => f.status === 'loaded')
      .map((f) => ({ family: f.family.replace(/["']/g, ''), unicodeRange: f.unicodeRange }));
  });
}

test.describe('a visitor who reads neither Arabic nor English', () => {
  let k: KioskE2e;
  test.beforeAll(async () => {
    k = await startKioskE2e();
  });
  test.afterAll(async () => k?.cleanup());
  test.beforeEach(async ({ page }) => {
    k.printer.setState('ok');
    await page.setViewportSize(SIZE);
  });

  test('the list names every other language in its own script', async ({ page }) => {
    await page.goto(k.kioskUrl);
    await expect(page.getByTestId('screen-welcome')).toBeVisible();
    // Arabic and English stay the two large buttons.
    await expect(page.getByRole('button', { name: 'العربية', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'English', exact: true })).toBeVisible();
    await page.getByTestId('more-languages').click();
    const list = page.getByTestId('language-list');
    await expect(list).toBeVisible();
    for (const l of LANGUAGES.filter((x) => x.code !== 'ar' && x.code !== 'en')) {
      const name = list.locator(`[data-language=${l.code}] [lang=${l.code}]`);
      await expect(name).toHaveText(l.nativeName);
      await expect(name).toHaveAttribute('dir', l.direction);
    }
    await shot(page, 'list');
    await list.getByRole('button', { name: 'إغلاق' }).click();
    await expect(list).toBeHidden();
  });

  test('a walk to a printed ticket in Urdu, right to left, in Nastaliq', async ({ page }) => {
    const ur = LOCALES.ur.namespaces.kiosk;
    await page.goto(k.kioskUrl);
    await page.getByTestId('more-languages').click();
    await page.locator('[data-language=ur]').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ur');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ur.startTitle);
    const font = await page
      .getByRole('heading', { level: 1 })
      .evaluate((h) => getComputedStyle(h).fontFamily);
    expect(font).toMatch(/^["']?Dawr Urdu/);
    expect((await loadedFaces(page)).map((f) => f.family)).toContain('Dawr Urdu');
    await shot(page, 'start-ur');

    // The catalogue's own Urdu names (#19): the demo names every service in every visitor language.
    await page
      .getByTestId('top-services')
      .getByRole('button', { name: new RegExp(urName('eid-renew')) })
      .click();
    await expect(page.getByTestId('screen-service')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(urName('eid-renew'));
    await shot(page, 'service-ur');
    await page.getByRole('button', { name: ur.printTicket }).click();
    await expect(page.getByTestId('ticket-number')).toHaveText(/^A\d{3}$/);
    await expect(page.getByTestId('print-state')).toContainText(ur.printed);
    const ticket = (await page.getByTestId('ticket-number').textContent())!;
    const visit = [...k.hub.hub.state.visits.values()].find((v) => v.ticket === ticket);
    expect(visit?.language).toBe('ur');
    expect(k.printer.jobs.at(-1)?.transcript).toContain(ticket);
    await shot(page, 'ticket-ur');

    // Back to the start: the next person gets Arabic again.
    await page.getByRole('button', { name: ur.startOver }).click();
    await page.getByRole('button', { name: 'العربية', exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  });

  test('a walk to a printed ticket in Hindi, left to right, in Devanagari', async ({ page }) => {
    const hi = LOCALES.hi.namespaces.kiosk;
    await page.goto(k.kioskUrl);
    await page.getByTestId('more-languages').click();
    await page.locator('[data-language=hi]').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(hi.startTitle);
    // The Devanagari face was fetched for the heading (by unicode-range: only now, not before).
    expect((await loadedFaces(page)).some((f) => /U\+900-97F/i.test(f.unicodeRange))).toBe(true);
    await shot(page, 'start-hi');

    await page.getByRole('button', { name: hi.allServices }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(hi.allServices);
    await shot(page, 'services-hi');
    await page.getByRole('button', { name: new RegExp(`^${SERVICE_NAMES['licence-renew']!.hi}`) }).click();
    await expect(page.getByTestId('screen-service')).toBeVisible();
    await page.getByRole('button', { name: hi.printTicket }).click();
    await expect(page.getByTestId('ticket-number')).toHaveText(/^[A-Z]\d{3}$/);
    await expect(page.getByTestId('print-state')).toContainText(hi.printed);
    const ticket = (await page.getByTestId('ticket-number').textContent())!;
    const visit = [...k.hub.hub.state.visits.values()].find((v) => v.ticket === ticket);
    expect(visit?.language).toBe('hi');
    await shot(page, 'ticket-hi');
  });
});
