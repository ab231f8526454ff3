/**
 * A kiosk's ticket printer set in the dashboard's kiosk form: the empty state, the hub's refusal of
 * STAR + text shown next to the form (nothing changes), a good printer saved and used by the hub for
 * the kiosk's next ticket (an ESC/POS emulator), the printer's status next to the kiosk, and axe.
 */
import { expect, test, type Page } from '@playwright/test';
import { EscPosPrinterEmulator } from '../../devices/escpos/emulator.js';
import { kioskSettingsFor } from '../../shared/contract/catalogue.js';
import { api, KIOSK_KEY, type TestHub } from '../support/hub.js';
import { expectNoAxeViolations } from './counter-support.js';
import { startE2eHub } from './support/hub.js';
import { signInToDashboard } from './dashboard-support.js';

let hub: TestHub;
let printer: EscPosPrinterEmulator;
test.beforeAll(async () => {
  printer = new EscPosPrinterEmulator();
  await printer.start();
  hub = await startE2eHub();
});
test.afterAll(async () => {
  await hub?.cleanup();
  await printer?.stop();
});

async function openKiosks(page: Page, lang: 'ar' | 'en') {
  await signInToDashboard(page, hub.url, lang);
  await page.getByRole('button', { name: lang === 'en' ? 'Configuration' : 'الإعدادات' }).click();
  await expect(page.getByTestId('catalogue-editor')).toBeVisible();
  await page.getByRole('button', { name: lang === 'en' ? 'Kiosks' : 'الأكشاك', exact: true }).click();
}

let n = 0;
async function printTicket() {
  const kiosk = `Device ${KIOSK_KEY}`;
  const r = await api(hub.url, 'POST', '/visits', kiosk, {
    serviceId: 'eid-renew',
    idempotencyKey: `e2e-kiosk-printer-${++n}`,
  });
  const visit = (r.body as { visit: { id: string; ticket: string } }).visit;
  const printed = await api(hub.url, 'POST', '/kiosk/print', kiosk, { visitId: visit.id });
  return { ticket: visit.ticket, result: printed.body };
}

test("a kiosk's printer set in its form: STAR + text refused next to the form, a good one used for the next ticket", async ({
  page,
}) => {
  // No printer anywhere yet: the hub says so.
  expect((await printTicket()).result).toEqual({ printed: false, reason: 'no_printer' });

  await openKiosks(page, 'en');
  await page.getByRole('button', { name: /^Edit: Test kiosk/ }).click();
  const form = page.locator('form.cfg-form');
  const printerBox = form.getByRole('group', { name: 'Ticket printer' });
  await expect(printerBox).toContainText(
    'No printer of its own here: it prints on the one your technician set up',
  );
  await form.getByLabel('Printer address').fill(printer.url);
  await form.getByLabel('Printer type').selectOption('star');
  await form.getByLabel('Arabic printed as').selectOption('text');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByTestId('cfg-error')).toContainText(
    'kiosks.0.printer.mode: STAR printers print Arabic in bitmap mode only; use mode "bitmap"',
  );
  await expect(form).toHaveAttribute('aria-describedby', /error/);
  expect(kioskSettingsFor(hub.hub.catalogue, 'kiosk-t').printer).toBeUndefined();
  await page.screenshot({ path: 'test-results/screenshots/dashboard-kiosk-printer-en.png', fullPage: true });
  await expectNoAxeViolations(page);

  // A bad address is refused with its reason too.
  await form.getByLabel('Printer address').fill('lpt1');
  await form.getByLabel('Printer type').selectOption('epson');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByTestId('cfg-error')).toContainText('printer address "lpt1" is not tcp://host:port');

  await form.getByLabel('Printer address').fill(printer.url);
  await form.getByLabel('Paper width').selectOption('58');
  await form.getByLabel('Arabic printed as').selectOption('text');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('cfg-notice')).toHaveText('Saved and applied.');
  const row = page.locator('[data-entity="kiosk-t"]');
  await expect(row).toContainText(
    `Ticket printer: ${printer.url} · EPSON · 58 mm · Text shaped by the printer (text)`,
  );
  expect(kioskSettingsFor(hub.hub.catalogue, 'kiosk-t').printer).toMatchObject({
    connection: { kind: 'tcp', port: printer.port },
    type: 'epson',
    paperWidthMm: 58,
    mode: 'text',
  });
  await expect(page.getByTestId('audit').locator('tbody tr').first()).toContainText(
    'Centre catalogue · Kiosks · kiosk-t',
  );

  // The hub prints the kiosk's next ticket there, no restart.
  const printed = await printTicket();
  expect(printed.result).toEqual({ printed: true });
  expect(printer.jobs.at(-1)?.transcript).toContain(printed.ticket);

  // The printer's status, as the hub learns it from its prints, next to the kiosk.
  printer.setState('offline');
  expect((await printTicket()).result).toMatchObject({ printed: false });
  await expect(row.getByTestId('printer-status')).toHaveText('printer offline');
  printer.setState('ok');
  expect((await printTicket()).result).toEqual({ printed: true });
  await expect(row.getByTestId('printer-status')).toHaveText('printer working');

  // The form shows the saved printer back; in Arabic too, and axe stays clean.
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('button', { name: /^تعديل: Test kiosk/ }).click();
  await expect(form.getByLabel('عنوان الطابعة')).toHaveValue(printer.url);
  await expect(form.getByLabel('عرض الورق')).toHaveValue('58');
  await form.getByLabel('نوع الطابعة').selectOption('star');
  await form.getByRole('button', { name: 'حفظ' }).click();
  await expect(form.getByTestId('cfg-error')).toContainText('STAR printers print Arabic in bitmap mode only');
  await page.screenshot({ path: 'test-results/screenshots/dashboard-kiosk-printer-ar.png', fullPage: true });
  await expectNoAxeViolations(page);

  // Cleared: back to no printer of its own.
  await form.getByLabel('عنوان الطابعة').fill('');
  await expect(form.getByRole('group', { name: 'طابعة التذاكر' })).toContainText(
    'لا طابعة خاصة بهذا الكشك هنا',
  );
  await form.getByRole('button', { name: 'حفظ' }).click();
  await expect(page.getByTestId('cfg-notice')).toHaveText('تم الحفظ وسرى التغيير.');
  expect(kioskSettingsFor(hub.hub.catalogue, 'kiosk-t').printer).toBeUndefined();
  expect((await printTicket()).result).toEqual({ printed: false, reason: 'no_printer' });
});
