/**
 * Device keys in the dashboard: a manager revokes a kiosk's key (a reason, then a confirmation),
 * the row says so and the open kiosk switches to the "session ended" screen at once; "new key"
 * shows a one-time pairing code that a device can claim; an expiry is set and removed. Axe-clean
 * in Arabic and English, dialogs open.
 */
import { expect, test, type Page } from '@playwright/test';
import { api, DISPLAY_KEY, KIOSK_KEY, login, type TestHub } from '../support/hub.js';
import { expectNoAxeViolations } from './counter-support.js';
import { signInToDashboard } from './dashboard-support.js';
import { startE2eHub } from './support/hub.js';

// Revoking is for good: every test gets a hub of its own, so none depends on another's keys.
let hub: TestHub;
test.beforeEach(async () => {
  hub = await startE2eHub();
});
test.afterEach(async () => hub?.cleanup());

async function openDevices(page: Page, lang: 'ar' | 'en') {
  await signInToDashboard(page, hub.url, lang);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('button', { name: lang === 'en' ? 'Configuration' : 'الإعدادات' }).click();
  const section = page.getByTestId('device-keys');
  await expect(
    section.getByRole('heading', { name: lang === 'en' ? 'Devices and their keys' : 'الأجهزة ومفاتيحها' }),
  ).toBeVisible();
  return section;
}

test('a manager revokes the kiosk key with a reason; the row says revoked and the kiosk says why it stopped', async ({
  browser,
  page,
}) => {
  const kioskCtx = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
  const kiosk = await kioskCtx.newPage();
  await kiosk.goto(`${hub.url}/kiosk/#key=${KIOSK_KEY}`);
  await expect(kiosk.getByTestId('screen-welcome')).toBeVisible();

  const section = await openDevices(page, 'ar');
  const row = section.locator('tr[data-device="kiosk-t"]');
  await expect(row.getByRole('rowheader')).toContainText('Test kiosk');
  await expect(row).toContainText('كشك');
  await expect(row.locator('.conn')).toHaveText('متصل');
  await expect(row.getByTestId('device-state')).toHaveText('فعّال');
  await expect(section.locator('tr[data-device="display-t"]')).toContainText('شاشة');
  await expectNoAxeViolations(page);

  await row.getByRole('button', { name: /^إبطال المفتاح: \u2068?Test kiosk\u2069?$/ }).click();
  const dialog = page.getByRole('dialog', { name: 'إبطال مفتاح Test kiosk' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('سبب الإبطال (يُحفظ في سجل التغييرات)')).toBeFocused();
  await dialog.getByLabel('سبب الإبطال (يُحفظ في سجل التغييرات)').fill('سُرق الجهاز من المدخل');
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'متابعة' }).click();
  // The second step names the device and says it cannot be undone; nothing is revoked yet.
  await expect(
    dialog.getByText('هل تريد إبطال مفتاح Test kiosk الآن؟ لا يمكن التراجع عن ذلك.'),
  ).toBeVisible();
  await expect(kiosk.getByTestId('screen-welcome')).toBeVisible();
  await dialog.getByRole('button', { name: 'نعم، أبطِل المفتاح' }).click();

  await expect(dialog).toHaveCount(0);
  await expect(section.getByTestId('device-notice')).toHaveText('أُبطل مفتاح Test kiosk وفُصل الجهاز.');
  await expect(row.getByTestId('device-state')).toHaveText('مُبطَل');
  await expect(row.locator('.conn')).toHaveText('غير متصل');
  await expect(row).toContainText('سُرق الجهاز من المدخل');
  await expect(row.getByRole('button')).toHaveCount(0);
  await expect(page.getByTestId('audit').locator('tbody tr').first()).toContainText('مفتاح جهاز · kiosk-t');

  // The kiosk is told, in both languages: out of service (for the citizen) and why (for the technician).
  const told = kiosk.getByRole('alert');
  await expect(told.locator('[lang="ar"] .out-of-service')).toHaveText(
    'هذا الجهاز متوقف عن الخدمة. يرجى مراجعة أحد الموظفين.',
  );
  await expect(told.locator('[lang="ar"] .why')).toHaveText(
    'ألغى المدير مفتاح هذا الجهاز. يلزم ربطه من جديد.',
  );
  await expect(told.locator('[lang="en"] .why')).toHaveText(
    "A manager revoked this device's key. It must be paired again.",
  );
  await expect(kiosk.getByTestId('screen-welcome')).toHaveCount(0);
  await expectNoAxeViolations(kiosk);
  // And the hub no longer takes its key.
  const refused = await api(hub.url, 'GET', '/snapshot', `Device ${KIOSK_KEY}`);
  expect(refused.status).toBe(401);
  await expectNoAxeViolations(page);
  await kioskCtx.close();
});

test('"new key" shows a one-time pairing code with its expiry, and the code gives the display a new key', async ({
  page,
}) => {
  const section = await openDevices(page, 'en');
  const row = section.locator('tr[data-device="display-t"]');
  await row.getByRole('button', { name: /^New key: \u2068?Test display\u2069?$/ }).click();
  const dialog = page.getByRole('dialog', { name: 'New key code for Test display' });
  await expect(dialog).toBeVisible();
  const code = dialog.getByTestId('pairing-code');
  await expect(code).toHaveText(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  await expect(dialog).toContainText(/Valid until .+ \(in \d+ minutes\)\./);
  await expectNoAxeViolations(page);

  // The code is real: claimed, it gives the display a new key and the old one stops.
  const claimed = await api(hub.url, 'POST', '/pairing/claim', undefined, { code: await code.textContent() });
  expect(claimed.status).toBe(200);
  expect(claimed.body).toMatchObject({ deviceId: 'display-t', role: 'display' });
  expect((await api(hub.url, 'GET', '/snapshot', `Device ${DISPLAY_KEY}`)).status).toBe(401);

  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toHaveCount(0);
  await section.getByRole('button', { name: 'Refresh list' }).click();
  await expect(row).toContainText('New key since');
  await expect(row.getByTestId('device-state')).toHaveText('Active');
});

test('an expiry set to a day shows on the row and lasts to the end of that day; it can be removed', async ({
  page,
}) => {
  const section = await openDevices(page, 'en');
  const row = section.locator('tr[data-device="kiosk-t"]');
  await expect(row).toContainText('No expiry');
  await row.getByRole('button', { name: /^Expiry: \u2068?Test kiosk\u2069?$/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Expiry of the key of Test kiosk' });
  await dialog.getByLabel('Last day the key works').fill('2030-01-15');
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Save date' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(section.getByTestId('device-notice')).toHaveText(
    'The key of Test kiosk works until the end of 15 January 2030.',
  );
  await expect(row).toContainText('15 January 2030');
  // The day in words, its full date and time on hover; a device that never connected says so.
  await expect(row.locator('time', { hasText: '15 January 2030' })).toHaveAttribute(
    'title',
    /15 January 2030/,
  );
  await expect(section.locator('tr[data-device="display-t"]')).toContainText('Never');
  // The browser runs in Dubai time (playwright.config.ts): the key works until 23:59:59.999 there.
  const manager = `Bearer ${await login(hub.url, 'manager', '246810')}`;
  const keys = await api(hub.url, 'POST', '/manager/deviceKeys', manager, {});
  const listed = (keys.body as unknown as { id: string; expiresAt: number | null }[]).find(
    (d) => d.id === 'kiosk-t',
  );
  expect(listed?.expiresAt).toBe(Date.parse('2030-01-15T23:59:59.999+04:00'));

  await row.getByRole('button', { name: /^Expiry: \u2068?Test kiosk\u2069?$/ }).click();
  await dialog.getByRole('button', { name: 'Remove expiry' }).click();
  await expect(section.getByTestId('device-notice')).toHaveText('The key of Test kiosk no longer expires.');
  await expect(row).toContainText('No expiry');
});
