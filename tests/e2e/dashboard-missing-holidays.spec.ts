/**
 * The missing-strings view counts and lists a holiday's or special day's reason like every other
 * text a visitor reads (issue #19): the kiosk and the join page say "closed today: National Day",
 * and a Malayalam visitor read it in English with nothing in the dashboard to say so. At 1440×900,
 * axe clean; filling it in Malayalam takes it off the list. Screenshot:
 * test-results/screens/dashboard-missing-holidays-en.png.
 */
import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { TestHub } from '../support/hub.js';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';
import { missingNames } from '../../shared/contract/catalogue-names.js';
import type { Catalogue } from '../../shared/contract/catalogue.js';
import { expectNoAxeViolations } from './counter-support.js';
import { startE2eHub } from './support/hub.js';
import { signInToDashboard } from './dashboard-support.js';

const WITH_HOLIDAYS: Catalogue = {
  ...DEMO_CATALOGUE,
  centre: {
    ...DEMO_CATALOGUE.centre,
    closedDates: [
      { date: '2027-12-02', reason: { ar: 'عيد الاتحاد', en: 'National Day', ur: 'قومی دن' } },
      {
        date: '2027-12-31',
        reason: { ar: 'آخر السنة', en: 'Year end' },
        hours: { open: '07:30', close: '12:00' },
      },
    ],
  },
};

let hub: TestHub;
test.beforeAll(async () => {
  mkdirSync('test-results/screens', { recursive: true });
  hub = await startE2eHub({ catalogue: WITH_HOLIDAYS });
});
test.afterAll(async () => hub?.cleanup());

test('holiday reasons missing in a language are counted and listed, and filled there', async ({ page }) => {
  await signInToDashboard(page, hub.url, 'en');
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.getByRole('button', { name: 'Configuration' }).click();
  await page.getByRole('button', { name: 'Languages and missing texts' }).click();
  await expect(page.getByTestId('missing-strings')).toBeVisible();

  // Both reasons lack Malayalam; Urdu has National Day already.
  const missingMl = missingNames(WITH_HOLIDAYS, 'ml').length;
  await expect(page.getByTestId('names-missing-ml')).toHaveText(String(missingMl));
  await expect(page.getByTestId('names-missing-ur')).toHaveText(
    String(missingNames(WITH_HOLIDAYS, 'ur').length),
  );
  expect(missingMl).toBe(missingNames(DEMO_CATALOGUE, 'ml').length + 2);

  await page.getByRole('button', { name: 'Show Malayalam' }).click();
  const rows = page.getByTestId('missing-names').locator('tbody tr');
  const nationalDay = rows.filter({ hasText: 'National Day' });
  await expect(nationalDay.locator('th')).toHaveText('Holiday or special day: National Day (2027-12-02)');
  await expect(nationalDay.locator('td').first()).toHaveText('عيد الاتحاد');
  await expect(rows.filter({ hasText: 'Year end (2027-12-31)' })).toHaveCount(1);
  await page.evaluate(() => document.fonts.ready);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/screens/dashboard-missing-holidays-en.png', fullPage: true });

  const field = page.getByRole('textbox', { name: 'Name in Malayalam: National Day (2027-12-02)' });
  await field.fill('ദേശീയ ദിനം');
  await field.locator('xpath=ancestor::form').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('names-missing-ml')).toHaveText(String(missingMl - 1));
  await expect(field).toHaveCount(0);
  await expect(rows.filter({ hasText: 'National Day' })).toHaveCount(0);
});
