/**
 * The dashboard's FAQ editor end to end: a manager edits an FAQ answer (both languages), and the
 * kiosk's question box answers with the new text at once; adding one with an id already used is
 * refused with a clear message and changes nothing; a new entry is added, then deleted. axe
 * (WCAG 2.1 AA) on the editor in Arabic and English.
 */
import { expect, test, type Page } from '@playwright/test';
import { api, KIOSK_KEY, type TestHub } from '../support/hub.js';
import { expectAccessible } from '../kiosk/e2e-helpers.js';
import { startE2eHub } from './support/hub.js';
import { signInToDashboard } from './dashboard-support.js';

let hub: TestHub;

test.beforeAll(async () => {
  delete process.env.DAWR_KIOSK_PRINTERS;
  hub = await startE2eHub();
});
test.afterAll(async () => hub?.cleanup());

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screenshots/dashboard-faq-${name}.png`, fullPage: true });

async function openEditor(page: Page, lang: 'ar' | 'en') {
  await signInToDashboard(page, hub.url, lang);
  await page.getByRole('button', { name: lang === 'en' ? 'FAQ' : 'الأسئلة الشائعة', exact: true }).click();
  await expect(page.getByTestId('faq-item').first()).toBeVisible();
}

test('an edited answer is what the kiosk question box gives next', async ({ page, browser }) => {
  await openEditor(page, 'ar');
  await expectAccessible(page, 'faq editor (ar)');
  const item = page.locator('[data-faq-id="parking"]');
  await item.getByRole('button', { name: /^تعديل/ }).click();
  await expect(page.getByTestId('faq-form')).toBeVisible();
  await expect(page.locator('#faq-id')).toHaveAttribute('readonly', '');
  await page.locator('#faq-answerAr').fill('المواقف الجديدة في الطابق السفلي رقم ٢ ومجانية لثلاث ساعات.');
  await page
    .locator('#faq-answerEn')
    .fill('Parking has moved to basement level 2 and is free for three hours.');
  await expectAccessible(page, 'faq form (ar)');
  await shot(page, 'form-ar');
  await page.getByRole('button', { name: 'حفظ' }).click();
  await expect(page.getByTestId('faq-notice')).toHaveText('تم الحفظ.');
  await expect(item).toContainText('الطابق السفلي رقم ٢');

  // The kiosk's question box, in English, answers with the new text.
  const kioskCtx = await browser.newContext();
  const kiosk = await kioskCtx.newPage();
  await kiosk.setViewportSize({ width: 1080, height: 1920 });
  await kiosk.goto(`${hub.url}/kiosk/#key=${KIOSK_KEY}`);
  await kiosk.getByRole('button', { name: 'English' }).click();
  await kiosk.getByRole('button', { name: 'Ask a question' }).click();
  await kiosk.locator('#ask-question').fill('Where can I park?');
  await kiosk.getByRole('button', { name: 'Ask', exact: true }).click();
  await expect(kiosk.getByTestId('ask-faq').first()).toContainText(
    'Parking has moved to basement level 2 and is free for three hours.',
  );
  await kioskCtx.close();
  // And the ask route in Arabic.
  const ar = await api(hub.url, 'POST', '/assistant/ask', `Device ${KIOSK_KEY}`, {
    question: 'أين أوقف سيارتي؟',
    language: 'ar',
  });
  expect(JSON.stringify(ar.body)).toContain('الطابق السفلي رقم ٢');
});

test('a duplicate id is refused clearly; a new entry is added and deleted (English)', async ({ page }) => {
  await openEditor(page, 'en');
  await expectAccessible(page, 'faq editor (en)');
  const before = await page.getByTestId('faq-item').count();

  await page.getByRole('button', { name: 'Add a question' }).click();
  await page.locator('#faq-id').fill('parking');
  await page.locator('#faq-questionAr').fill('سؤال مكرر');
  await page.locator('#faq-questionEn').fill('A duplicate question');
  await page.locator('#faq-answerAr').fill('إجابة');
  await page.locator('#faq-answerEn').fill('An answer');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('faq-error')).toHaveText('A question with this id already exists.');
  await expect(page.getByTestId('faq-form')).toBeVisible();

  // Missing fields: the hub's validation message is shown, nothing saved.
  await page.locator('#faq-id').fill('e2e-lockers');
  await page.locator('#faq-answerEn').fill('');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('faq-error')).toContainText('Some fields are not valid');
  await expectAccessible(page, 'faq form with an error (en)');
  await shot(page, 'error-en');

  await page.locator('#faq-questionAr').fill('هل توجد خزائن للأغراض؟');
  await page.locator('#faq-questionEn').fill('Are there lockers for bags?');
  await page.locator('#faq-answerAr').fill('الخزائن عند المدخل الرئيسي.');
  await page.locator('#faq-answerEn').fill('Lockers are by the main entrance.');
  await page.getByRole('checkbox', { name: 'Renew Emirates ID' }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('faq-notice')).toHaveText('Saved.');
  await expect(page.getByTestId('faq-item')).toHaveCount(before + 1);
  const added = page.locator('[data-faq-id="e2e-lockers"]');
  await expect(added).toContainText('Are there lockers for bags?');

  await added.getByRole('button', { name: /^Delete/ }).click();
  await added.getByRole('button', { name: /^Confirm deleting/ }).click();
  await expect(page.getByTestId('faq-notice')).toHaveText('Deleted.');
  await expect(page.getByTestId('faq-item')).toHaveCount(before);
  await shot(page, 'list-en');
});
