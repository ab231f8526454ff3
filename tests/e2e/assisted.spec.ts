/**
 * Assisted digital service end to end: a kiosk and a floor assistant in two browser contexts.
 * The citizen opens "Do it here", calls an assistant; the assistant accepts, fills a field that
 * appears on the kiosk; the kiosk submits; the receipt shows the request number, which central
 * reports as submitted. Invalid forms are refused. axe on every new screen in both languages.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startDemoCentral, type DemoCentral } from '../../main/demo/central.js';
import { ServiceRequestStore } from '../../main/hub/features/assisted/service-request-store.js';
import { keyringPath, loadKeyring } from '../../main/hub/core/personal-data/keyring.js';
import { PersonalDataSealer } from '../../main/hub/core/personal-data/sealer.js';
import { EscPosPrinterEmulator } from '../../devices/escpos/emulator.js';
import { KIOSK_KEY, type TestHub } from '../support/hub.js';
import { expectAccessible } from '../kiosk/e2e-helpers.js';
import { startE2eHub } from './support/hub.js';
import { validEmiratesId } from '../assisted/support.js';
import { kiosk as kioskStrings } from '../../shared/i18n/apps/kiosk.js';

let hub: TestHub;
let central: DemoCentral;
let centralDir: string;
let printer: EscPosPrinterEmulator;

test.beforeAll(async () => {
  centralDir = mkdtempSync(join(tmpdir(), 'dawr-central-e2e-'));
  central = await startDemoCentral({ dataDir: centralDir, centreId: 'e2e-centre', logLevel: 'silent' });
  Object.assign(process.env, central.env, { DAWR_SYNC_IDLE_MS: '100' });
  // The test kiosk's receipt printer is the ESC/POS emulator.
  printer = new EscPosPrinterEmulator();
  await printer.start({ port: 0 });
  process.env.DAWR_KIOSK_PRINTERS = JSON.stringify({
    'kiosk-t': { connection: printer.url, timeoutMs: 3000 },
  });
  hub = await startE2eHub();
});
test.afterAll(async () => {
  await hub?.cleanup();
  await central?.stop();
  await printer?.stop();
  delete process.env.DAWR_KIOSK_PRINTERS;
  rmSync(centralDir, { recursive: true, force: true });
});

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screenshots/assisted-${name}.png`, fullPage: true });

async function openForm(page: Page, lang: 'ar' | 'en') {
  await page.setViewportSize({ width: 1080, height: 1920 });
  await page.goto(`${hub.url}/kiosk/#key=${KIOSK_KEY}`);
  if (lang === 'en') await page.getByRole('button', { name: 'English', exact: true }).click();
  await page.getByRole('button', { name: kioskStrings[lang].allServices, exact: true }).click();
  // A service button's name also carries its agency and wait: match the service's name within it.
  await page
    .getByRole('button', { name: lang === 'ar' ? 'تجديد بطاقة الهوية' : 'Renew Emirates ID' })
    .first()
    .click();
  await page.getByTestId('do-it-here').click();
  await expect(page.getByTestId('screen-assisted')).toBeVisible();
}

test('kiosk and floor assistant complete an assisted service; central has it as submitted', async ({
  browser,
}) => {
  const kioskCtx = await browser.newContext();
  const floorCtx = await browser.newContext();
  const kiosk = await kioskCtx.newPage();
  const floor = await floorCtx.newPage();

  await floor.setViewportSize({ width: 1024, height: 900 });
  await floor.goto(`${hub.url}/floor/`);
  await floor.locator('input[name="username"]').fill('floor');
  await floor.locator('input[name="pin"]').fill('112233');
  await floor.locator('form.sign-in button[type="submit"]').click();
  await expect(floor.getByTestId('help-requests')).toBeVisible();

  await openForm(kiosk, 'ar');
  // The on-screen keyboard types into the focused field.
  await kiosk.locator('input[name="emiratesId"]').click();
  await kiosk.getByTestId('osk').getByRole('button', { name: '1', exact: true }).click();
  await expect(kiosk.locator('input[name="emiratesId"]')).toHaveValue('1');
  await kiosk.locator('input[name="emiratesId"]').fill(validEmiratesId());
  await expectAccessible(kiosk, 'assisted form (ar)');
  await shot(kiosk, 'form-ar');

  await kiosk.getByRole('button', { name: 'اطلب مساعداً' }).click();
  await expect(kiosk.getByTestId('help-status')).toContainText('طلبنا مساعداً');
  const request = floor.getByTestId('help-request');
  await expect(request).toContainText('Test kiosk');
  await request.getByRole('button', { name: 'قبول' }).click();
  await expect(floor.getByTestId('live-form')).toBeVisible();
  await expect(kiosk.getByTestId('help-status')).toContainText('قادم');
  await expectAccessible(floor, 'floor help requests (ar)');
  await floor.screenshot({ path: 'test-results/screenshots/assisted-floor-ar.png', fullPage: true });

  // The assistant fills the mobile and area; they appear on the kiosk.
  await floor.locator('#live-mobile').fill('0501234567');
  await expect(kiosk.locator('input[name="mobile"]')).toHaveValue('0501234567');
  await floor.locator('#live-address-area').fill('Al Barsha');
  await expect(kiosk.locator('input[name="address.area"]')).toHaveValue('Al Barsha');
  // What the citizen typed on the kiosk is on the assistant's screen too.
  await expect(floor.locator('#live-emiratesId')).toHaveValue(validEmiratesId());

  // Choices are large tiles: no dropdowns, no small checkboxes.
  await expect(kiosk.locator('select, input[type="checkbox"], input[type="radio"]')).toHaveCount(0);
  // Invalid: no emirate or validity yet → refused with the fields marked, in Arabic (the kiosk's
  // own messages; the browser's English "Please fill out this field." never appears).
  await kiosk.getByRole('button', { name: 'قدّم الطلب' }).click();
  await expect(kiosk.getByText('يرجى تصحيح الحقول المشار إليها.')).toBeVisible();
  const emirate = kiosk.locator('[data-field="address.emirate"]');
  await expect(emirate.locator('.field-error')).toBeVisible();
  await expect(emirate.locator('.field-error')).not.toHaveText(/[A-Za-z]/);
  await expect(emirate.getByRole('radiogroup')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(kiosk, 'assisted form with errors (ar)');

  await emirate.getByRole('radio', { name: 'دبي' }).click();
  await expect(emirate.getByRole('radio', { name: 'دبي' })).toHaveAttribute('aria-checked', 'true');
  await kiosk.locator('[data-field="validityYears"] [data-value="5"]').click();
  await kiosk.locator('[data-doc="eid-card"]').click();
  await kiosk.locator('[data-doc="photo"]').click();
  await expect(kiosk.locator('[data-doc="photo"]')).toHaveAttribute('aria-pressed', 'true');
  await kiosk.getByTestId('on-behalf').click();
  // Acting for someone else without saying how: refused on the kiosk, in Arabic, nothing sent.
  await kiosk.getByRole('button', { name: 'قدّم الطلب' }).click();
  await expect(kiosk.getByText('اختر صلتك بالشخص الذي تقدم الطلب عنه.')).toBeVisible();
  await expect(kiosk.getByText('اختر نوع التفويض الذي معك.')).toBeVisible();
  await expect(kiosk.getByTestId('screen-assisted')).toBeVisible();
  await shot(kiosk, 'form-errors-ar');
  await kiosk.getByRole('radio', { name: 'أحد أفراد الأسرة' }).click();
  await kiosk.getByRole('radio', { name: 'ولي أمر' }).click();
  await expect(kiosk.getByText('اختر صلتك بالشخص الذي تقدم الطلب عنه.')).toBeHidden();
  await kiosk.getByRole('button', { name: 'قدّم الطلب' }).click();

  await expect(kiosk.getByTestId('screen-receipt')).toBeVisible();
  const number = (await kiosk.getByTestId('request-number').textContent())!.trim();
  expect(number).toMatch(/^SR-\d{8}-\d{4}$/);
  // The status link carries an unguessable token, not the countable number.
  await expect(kiosk.getByTestId('request-qr')).toHaveAttribute('data-value', /\/r\/[\w-]{22,}$/);
  const statusUrl = (await kiosk.getByTestId('request-qr').getAttribute('data-value'))!;
  expect(statusUrl).not.toContain(number);
  // The receipt is printed on the kiosk's printer: the number and the same status QR code.
  await expect(kiosk.getByText('طُبع الإيصال.')).toBeVisible();
  const job = await printer.waitForJob();
  expect(job.transcript).toContain(number);
  expect(job.transcript).toMatch(/\[qr[^\]]*\] \S*\/r\/[\w-]{22,}/);
  expect(job.transcript).toContain(new URL(statusUrl).pathname);
  await expectAccessible(kiosk, 'receipt (ar)');
  await shot(kiosk, 'receipt-ar');

  // Stored sealed: read back the way the hub does, with its keyring.
  const stored = new ServiceRequestStore(
    hub.hub.db,
    new PersonalDataSealer(loadKeyring(keyringPath(hub.dir))),
  ).get(number);
  expect(stored?.assistedBy).toBe('s-floor');
  expect(stored?.onBehalf).toEqual({ relation: 'family', authorisation: 'guardian' });

  // Central has the request with its status (read with the hub's credential).
  const query = new URLSearchParams({ purpose: 'e2e check', actor: 'test' });
  await expect
    .poll(async () => {
      const res = await fetch(`${central.env.DAWR_CENTRAL_URL}/api/v1/requests/${number}?${query}`, {
        headers: { authorization: `Bearer ${central.env.DAWR_CENTRAL_TOKEN}` },
      });
      return res.ok ? ((await res.json()) as { status: string }).status : `http ${res.status}`;
    })
    .toBe('submitted');
  await kioskCtx.close();
  await floorCtx.close();
});

test('the assisted form and keyboard in English pass axe; its messages are English', async ({ page }) => {
  await openForm(page, 'en');
  await page.locator('input[name="mobile"]').click();
  await expect(page.getByTestId('osk')).toHaveAttribute('data-layout', 'digits');
  await page.getByTestId('osk').getByRole('button', { name: 'English' }).click();
  await page.getByRole('radio', { name: 'Dubai' }).click();
  await page.getByTestId('on-behalf').click();
  await page.getByRole('button', { name: 'Submit the request' }).click();
  await expect(page.getByText('Choose how you are related to the person you act for.')).toBeVisible();
  await expectAccessible(page, 'assisted form (en)');
  await shot(page, 'form-en');
});
