/**
 * The floor assistant's phone (390×844) issues a ticket in any visitor language the kiosk offers
 * (issue #15): it offered Arabic and English only, so an Urdu or Hindi visitor served at the door got
 * an Arabic or English phone page. Each language is listed in its own name; choosing Urdu stores
 * the visit's language as 'ur', and the ticket's phone page opens in Urdu.
 */
import { expect, test } from '@playwright/test';
import type { TestHub } from '../support/hub.js';
import { startE2eHub } from './support/hub.js';
import { LANGUAGES } from '../../shared/i18n/languages.js';
import { LOCALES } from '../../shared/i18n/locales/all.js';

let hub: TestHub;
test.beforeAll(async () => {
  hub = await startE2eHub();
});
test.afterAll(async () => hub?.cleanup());
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test('an Urdu visitor’s ticket from the floor is in Urdu, and its phone page follows', async ({ page }) => {
  await page.goto(`${hub.url}/floor/`);
  await page.locator('input[name="username"]').fill('floor');
  await page.locator('input[name="pin"]').fill('112233');
  await page.locator('form.sign-in button[type="submit"]').click();
  const choice = page.locator('select[name="language"]');
  await expect(choice.locator('option')).toHaveText(LANGUAGES.map((l) => l.nativeName));
  // The list fits the phone's width: nothing scrolls sideways.
  const box = (await choice.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  await page.locator('select[name="service"]').selectOption('licence-renew');
  await choice.selectOption('ur');
  await page.locator('button[type="submit"]').click();
  await expect(page.getByTestId('issued')).toContainText('C001');
  await page.screenshot({ path: 'test-results/screenshots/floor-visitor-language-ur.png' });

  const visit = [...hub.hub.state.visits.values()].find((v) => v.ticket === 'C001')!;
  expect(visit.language).toBe('ur');
  await page.goto(`${hub.url}/t/${visit.publicToken}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ur');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    LOCALES.ur.namespaces.statusPage.yourTicket,
  );
});
