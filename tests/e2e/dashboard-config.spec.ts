/**
 * The dashboard's per-entity configuration forms: an edit goes through the hub's audited
 * 'manager.updateCatalogue' and shows at once on a running kiosk and display; errors show next to
 * the form; the page passes axe in Arabic and English.
 */
import { expect, test, type Page } from '@playwright/test';
import { DISPLAY_KEY, KIOSK_KEY, type TestHub } from '../support/hub.js';
import { expectNoAxeViolations } from './counter-support.js';
import { startE2eHub } from './support/hub.js';
import { signInToDashboard } from './dashboard-support.js';

let hub: TestHub;
test.beforeAll(async () => {
  hub = await startE2eHub();
});
test.afterAll(async () => hub?.cleanup());

async function openConfig(page: Page, lang: 'ar' | 'en') {
  await signInToDashboard(page, hub.url, lang);
  await page.getByRole('button', { name: lang === 'en' ? 'Configuration' : 'الإعدادات' }).click();
  await expect(page.getByTestId('catalogue-editor')).toBeVisible();
}

test('a service renamed in its form, and a kiosk limited to one agency, change a running kiosk', async ({
  browser,
  page,
}) => {
  const kioskCtx = await browser.newContext({ viewport: { width: 1080, height: 1600 } });
  const kiosk = await kioskCtx.newPage();
  await kiosk.goto(`${hub.url}/kiosk/#key=${KIOSK_KEY}`);
  await kiosk.getByRole('button', { name: 'English' }).click();
  await kiosk.getByRole('button', { name: 'All services' }).click();
  await expect(kiosk.getByTestId('screen-services')).toBeVisible();
  await expect(kiosk.getByRole('button', { name: /^Renew Emirates ID/ })).toBeVisible();

  await openConfig(page, 'en');
  await page.getByRole('button', { name: 'Services', exact: true }).click();
  await page.getByRole('button', { name: 'Edit: Renew Emirates ID' }).click();
  const form = page.locator('form.cfg-form');
  // The form takes focus (the id is fixed once added: the first editable field is the Arabic name).
  await expect(form.getByLabel('Name in Arabic')).toBeFocused();
  await form.getByLabel('Name in English').fill('Renew an Emirates ID card');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('cfg-notice')).toHaveText('Saved and applied.');
  await expect(form).toHaveCount(0);
  // The running kiosk shows the new name without a reload.
  await expect(kiosk.getByRole('button', { name: /^Renew an Emirates ID card/ })).toBeVisible();
  await expect(page.getByTestId('audit').locator('tbody tr').first()).toContainText(
    'Centre catalogue · Services · eid-renew',
  );

  // The kiosk offers only Traffic from now on; the happiness meter is switched off.
  await page.getByRole('button', { name: 'Kiosks', exact: true }).click();
  await page.getByRole('button', { name: /^Edit: Test kiosk/ }).click();
  await form.getByLabel(/^Location/).fill('Entrance, left');
  await form.getByRole('checkbox', { name: 'Traffic and Licensing' }).check();
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('cfg-notice')).toHaveText('Saved and applied.');
  await expect(page.locator('[data-entity="kiosk-t"]')).toContainText('Entrance, left');
  // All services now lists Traffic's alone, on the screen the kiosk already shows.
  await expect(kiosk.getByRole('button', { name: /^Renew driving licence/ })).toBeVisible();
  await expect(kiosk.getByRole('button', { name: /^Renew an Emirates ID card/ })).toHaveCount(0);

  await page.getByRole('button', { name: 'Happiness meter', exact: true }).click();
  const meter = page.getByTestId('cfg-feedback');
  await expect(meter.getByLabel('Offer the happiness meter and accept ratings')).toBeChecked();
  await meter.getByLabel('Offer the happiness meter and accept ratings').uncheck();
  await meter.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('cfg-notice')).toHaveText('Saved and applied.');
  await kiosk.getByRole('button', { name: 'Back' }).first().click();
  await expect(kiosk.getByTestId('screen-welcome')).toBeVisible();
  await expect(kiosk.getByRole('button', { name: 'Rate your visit' })).toHaveCount(0);
  await kioskCtx.close();
});

test("a display's queues and languages set in its form apply live; the URL fragment still wins", async ({
  browser,
  page,
}) => {
  const boardCtx = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const board = await boardCtx.newPage();
  await board.goto(`${hub.url}/display/#key=${DISPLAY_KEY}`);
  const pinned = await boardCtx.newPage();
  await pinned.goto(`${hub.url}/display/#key=${DISPLAY_KEY}&queues=q-identity`);
  await expect(board.getByTestId('waiting-q-identity')).toBeVisible();
  await expect(board.getByTestId('waiting-q-traffic')).toBeVisible();
  await expect(board.locator('html')).toHaveAttribute('lang', 'ar');

  await openConfig(page, 'en');
  await page.getByRole('button', { name: 'Displays', exact: true }).click();
  await expect(page.locator('[data-entity="display-t"]')).toContainText('Default settings');
  await page.getByRole('button', { name: /^Edit: Test display/ }).click();
  const form = page.locator('form.cfg-form');
  await form.getByRole('checkbox', { name: 'C · Traffic' }).check();
  await form.getByLabel('Language order').selectOption({ label: 'English, then Arabic' });
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('cfg-notice')).toHaveText('Saved and applied.');

  await expect(board.locator('main.board')).toHaveAttribute('data-queues', 'q-traffic');
  await expect(board.getByTestId('waiting-q-identity')).toHaveCount(0);
  await expect(board.getByTestId('waiting-q-traffic')).toBeVisible();
  await expect(board.locator('html')).toHaveAttribute('lang', 'en');
  // The fragment's queues override the hub's; its language order (not in the fragment) follows the hub.
  await expect(pinned.locator('main.board')).toHaveAttribute('data-languages', 'en,ar');
  await expect(pinned.locator('main.board')).toHaveAttribute('data-queues', 'q-identity');
  await expect(pinned.getByTestId('waiting-q-identity')).toBeVisible();

  // Reset to defaults: the board shows every queue again.
  await page.getByRole('button', { name: /^Reset to defaults: Test display/ }).click();
  await page.getByRole('button', { name: /^Confirm removing/ }).click();
  await expect(board.locator('main.board')).toHaveAttribute('data-queues', '');
  await expect(board.getByTestId('waiting-q-identity')).toBeVisible();
  await boardCtx.close();
});

test('a refused change shows the hub error next to the form and changes nothing; axe passes in both languages', async ({
  page,
}) => {
  await openConfig(page, 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('button', { name: 'الطوابير', exact: true }).click();
  await page.getByRole('button', { name: 'تعديل: الهوية' }).click();
  const form = page.locator('form.cfg-form');
  await expect(form.getByLabel('المعرّف')).toHaveAttribute('readonly', '');
  await form.getByLabel(/^بادئة التذاكر/).fill('C');
  await form.getByRole('button', { name: 'حفظ' }).click();
  await expect(form.getByTestId('cfg-error')).toContainText('share the prefix C');
  await expect(form).toHaveAttribute('aria-describedby', /error/);
  const q = hub.hub.catalogue.queues.find((x) => x.id === 'q-identity');
  expect(q?.prefix).toBe('A');
  await page.screenshot({ path: 'test-results/screenshots/dashboard-config-form-ar.png', fullPage: true });
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'المركز وساعات العمل' }).click();
  await expect(page.getByTestId('cfg-centre').getByRole('group', { name: 'الجمعة' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await page.getByRole('button', { name: 'Work profiles', exact: true }).click();
  await page.getByRole('button', { name: 'Add' }).click();
  await expect(page.locator('form.cfg-form').getByLabel('Calling rules (JSON, in order)')).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/dashboard-config-form-en.png', fullPage: true });
  await expectNoAxeViolations(page);
});
