/**
 * The dashboard's missing-strings view (issue #19) at 1440×900, in Arabic and in English, axe clean:
 * per shipped language the missing and machine-translated catalogue names and app texts, counted;
 * a missing Urdu name filled there reaches a running kiosk in Urdu at once; an empty one is refused
 * in the manager's language. Screenshots: test-results/screens/dashboard-missing-strings-*.png.
 */
import { expect, test, type Page } from '@playwright/test';
import { KIOSK_KEY, type TestHub } from '../support/hub.js';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';
import { missingNames } from '../../shared/contract/catalogue-names.js';
import { expectNoAxeViolations } from './counter-support.js';
import { startE2eHub } from './support/hub.js';
import { signInToDashboard } from './dashboard-support.js';

let hub: TestHub;
test.beforeAll(async () => {
  hub = await startE2eHub();
});
test.afterAll(async () => hub?.cleanup());

const CENTRE_UR = 'گورنمنٹ ون اسٹاپ سروس سینٹر - دبئی';

async function openMissingStrings(page: Page, lang: 'ar' | 'en') {
  await signInToDashboard(page, hub.url, lang);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.getByRole('button', { name: lang === 'en' ? 'Configuration' : 'الإعدادات' }).click();
  await page
    .getByRole('button', { name: lang === 'en' ? 'Languages and missing texts' : 'اللغات والنصوص الناقصة' })
    .click();
  await expect(page.getByTestId('missing-strings')).toBeVisible();
  // The app catalogues' counts load with the view.
  await expect(page.getByTestId('keys-missing-ur')).not.toHaveText('…');
}

test('in English: the counts per language, axe clean', async ({ page }) => {
  await openMissingStrings(page, 'en');
  await expect(page.getByRole('heading', { name: 'Missing strings per language' })).toBeVisible();
  for (const lang of ['ur', 'fa', 'hi', 'ml', 'bn', 'tl'] as const)
    await expect(page.getByTestId(`names-missing-${lang}`)).toHaveText(
      String(missingNames(DEMO_CATALOGUE, lang).length),
    );
  const summary = page.getByTestId('missing-summary');
  await expect(summary.locator('[data-language=ar]')).toContainText('Source language');
  await expect(summary.locator('[data-language=ur] [lang=ur]')).toHaveText('(اردو)');
  // Urdu's missing names, listed with a field each.
  await expect(page.getByRole('heading', { name: 'Catalogue names missing in Urdu' })).toBeVisible();
  await expect(page.getByTestId('missing-names').locator('tbody tr')).toHaveCount(
    missingNames(DEMO_CATALOGUE, 'ur').length,
  );
  // Every app text a visitor reads ships in Urdu (machine-translated): none missing, each namespace listed.
  await expect(page.getByTestId('keys-missing-ur')).toHaveText('0');
  const requestRow = page.getByTestId('missing-keys').locator('[data-namespace=requestPage] td');
  await expect(requestRow.nth(1)).toHaveText('0');
  await expect(requestRow.nth(2)).toHaveText(await requestRow.nth(0).innerText());
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/screens/dashboard-missing-strings-en.png', fullPage: true });

  // Hindi on request: its own heading and list.
  await page.getByRole('button', { name: 'Show Hindi' }).click();
  await expect(page.getByRole('button', { name: 'Show Hindi' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('heading', { name: 'Catalogue names missing in Hindi' })).toBeVisible();
});

test('in Arabic, right to left, axe clean; an empty name is refused in Arabic', async ({ page }) => {
  await openMissingStrings(page, 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { name: 'النصوص الناقصة في كل لغة' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'أسماء الكتالوج الناقصة باللغة الأردية' })).toBeVisible();
  const first = page.getByTestId('missing-names').locator('form').first();
  await first.getByRole('button', { name: 'حفظ' }).click();
  await expect(first.getByRole('alert')).toHaveText('هذا الحقل مطلوب.');
  await expect(first.getByRole('textbox')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/screens/dashboard-missing-strings-ar.png', fullPage: true });
});

test('a name filled in Urdu shows at once on a kiosk in Urdu', async ({ browser, page }) => {
  const kioskCtx = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
  const kiosk = await kioskCtx.newPage();
  await kiosk.goto(`${hub.url}/kiosk/#key=${KIOSK_KEY}`);
  await kiosk.getByTestId('more-languages').click();
  await kiosk.locator('[data-language=ur]').click();
  await expect(kiosk.locator('html')).toHaveAttribute('lang', 'ur');
  // No Urdu centre name yet: the kiosk falls back to English.
  await expect(kiosk.locator('.centre-name')).toHaveText(DEMO_CATALOGUE.centre.name.en);

  await openMissingStrings(page, 'en');
  const before = missingNames(DEMO_CATALOGUE, 'ur').length;
  const field = page.getByRole('textbox', { name: `Name in Urdu: ${DEMO_CATALOGUE.centre.name.en}` });
  await expect(field).toHaveAttribute('lang', 'ur');
  await expect(field).toHaveAttribute('dir', 'rtl');
  await field.fill(CENTRE_UR);
  await field.locator('xpath=ancestor::form').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('cfg-notice')).toHaveText(
    'Name saved: the kiosk and the phone pages show it now.',
  );
  await expect(page.getByTestId('names-missing-ur')).toHaveText(String(before - 1));
  await expect(field).toHaveCount(0);

  // The running kiosk, still in Urdu, shows it without a reload.
  await expect(kiosk.locator('.centre-name')).toHaveText(CENTRE_UR);
  await expect(kiosk.locator('html')).toHaveAttribute('lang', 'ur');
  await kioskCtx.close();
});
