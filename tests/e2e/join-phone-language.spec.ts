/**
 * /join/ in the phone's own language, at a phone's size (390×844): a phone set to Hindi or Urdu opens
 * the page in it (no Arabic first, which someone who reads neither Arabic nor English could not get
 * out of); a link's `?lang=` still wins, and then the language button carries a globe and "choose your
 * language" in the phone's own language; a phone in a language Dawr does not offer gets Arabic.
 * axe clean. Screenshots: test-results/screenshots/join-phone-*.png.
 */
import { expect, test, type Page } from '@playwright/test';
import { LOCALES } from '../../shared/i18n/locales/all.js';
import { join as joinStrings } from '../../shared/i18n/apps/join.js';
import { expectAccessiblePhoneScreen, usePhoneTestHub } from './phone-support.js';

const phone = usePhoneTestHub();

/** The language button shows a globe, drawn for the eye only. */
async function expectGlobe(page: Page): Promise<void> {
  const globe = page.getByTestId('language-button').locator('svg.language-globe');
  await expect(globe).toBeVisible();
  await expect(globe).toHaveAttribute('aria-hidden', 'true');
}

test.describe('a phone set to Hindi', () => {
  test.use({ locale: 'hi-IN' });

  test('opens /join/ in Hindi, with a globe on the language button', async ({ page }) => {
    await page.goto(`${phone.hub.url}/join/`);
    const hi = LOCALES.hi.namespaces.join;
    await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(hi.title);
    await expect(page.getByRole('button', { name: hi.sendCode })).toBeVisible();
    await expectGlobe(page);
    // The page is in the phone's language already: no hint to add.
    await expect(page.getByTestId('language-hint')).toHaveCount(0);
    await expectAccessiblePhoneScreen(page, 'join-phone-hi');
  });

  test('a link’s ?lang=ar wins, and the button says “choose your language” in Hindi', async ({ page }) => {
    await page.goto(`${phone.hub.url}/join/?lang=ar`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(joinStrings.ar.title);
    await expectGlobe(page);
    const hint = page.getByTestId('language-hint');
    await expect(hint).toHaveText(LOCALES.hi.namespaces.join.languageHint);
    await expect(hint).toHaveAttribute('lang', 'hi');
    await expect(hint).toHaveAttribute('dir', 'ltr');
    await expectAccessiblePhoneScreen(page, 'join-phone-ar-hint-hi');

    // Chosen from the list, Hindi is the page's language and the hint has nothing left to say.
    await page.getByTestId('language-button').click();
    await page.getByRole('button', { name: 'हिन्दी', exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
    await expect(page.getByTestId('language-hint')).toHaveCount(0);
  });
});

test.describe('a phone set to Urdu', () => {
  test.use({ locale: 'ur-PK' });

  test('opens /join/ in Urdu, right to left', async ({ page }) => {
    await page.goto(`${phone.hub.url}/join/`);
    const ur = LOCALES.ur.namespaces.join;
    await expect(page.locator('html')).toHaveAttribute('lang', 'ur');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ur.title);
    await expectGlobe(page);
    await expectAccessiblePhoneScreen(page, 'join-phone-ur');
  });
});

test.describe('a phone in a language Dawr does not offer', () => {
  test.use({ locale: 'de-DE' });

  test('opens /join/ in Arabic, with no hint it could not write', async ({ page }) => {
    await page.goto(`${phone.hub.url}/join/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(joinStrings.ar.title);
    await expectGlobe(page);
    await expect(page.getByTestId('language-hint')).toHaveCount(0);
  });
});

test.describe('a phone whose languages are German, Filipino, then Hindi', () => {
  test('opens /join/ in the first one Dawr offers: Tagalog (Filipino’s “fil”)', async ({ page }) => {
    await page.addInitScript(() =>
      Object.defineProperty(navigator, 'languages', { get: () => ['de-DE', 'fil-PH', 'hi-IN'] }),
    );
    await page.goto(`${phone.hub.url}/join/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'tl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(LOCALES.tl.namespaces.join.title);
  });
});
