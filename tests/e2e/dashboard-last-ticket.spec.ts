/**
 * The last walk-in ticket's minutes before closing, a real field of the centre's and each queue's
 * form (issue #15; until now only in Advanced JSON): out-of-range and fractional values are refused
 * in the form, in the manager's language, and change nothing; a valid value is saved and applied;
 * emptied, the setting is left out again (the default applies). On the dashboard's 1440×900 screen.
 */
import { expect, test, type Page } from '@playwright/test';
import type { TestHub } from '../support/hub.js';
import { startE2eHub } from './support/hub.js';
import { signInToDashboard } from './dashboard-support.js';

let hub: TestHub;
test.beforeAll(async () => {
  hub = await startE2eHub();
});
test.afterAll(async () => hub?.cleanup());

const words = {
  en: {
    configuration: 'Configuration',
    centre: 'Centre and hours',
    queues: 'Queues',
    field: 'Last ticket, minutes before closing',
    save: 'Save',
    saved: 'Saved and applied.',
    atMost: 'Last ticket, minutes before closing: Enter 240 or less.',
    atLeast: 'Last ticket, minutes before closing: Enter 0 or more.',
    whole: 'Last ticket, minutes before closing: Enter a whole number.',
  },
  ar: {
    configuration: 'الإعدادات',
    centre: 'المركز وساعات العمل',
    queues: 'الطوابير',
    field: 'دقائق آخر تذكرة قبل الإغلاق',
    save: 'حفظ',
    saved: 'تم الحفظ وسرى التغيير.',
    atMost: 'دقائق آخر تذكرة قبل الإغلاق: أدخل 240 أو أقل.',
    atLeast: 'دقائق آخر تذكرة قبل الإغلاق: أدخل 0 أو أكثر.',
    whole: 'دقائق آخر تذكرة قبل الإغلاق: أدخل عدداً صحيحاً.',
  },
} as const;

async function openConfig(page: Page, lang: 'ar' | 'en') {
  await signInToDashboard(page, hub.url, lang);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.getByRole('button', { name: words[lang].configuration }).click();
  await expect(page.getByTestId('catalogue-editor')).toBeVisible();
}

const centreSetting = () => hub.hub.catalogue.centre.lastTicketMinutesBeforeClose;

for (const lang of ['en', 'ar'] as const) {
  test(`centre (${lang}): refused out of range and fractional, saved when valid, left out when emptied`, async ({
    page,
  }) => {
    const w = words[lang];
    await openConfig(page, lang);
    await page.getByRole('button', { name: w.centre, exact: true }).click();
    const form = page.getByTestId('cfg-centre');
    const field = form.getByLabel(w.field);
    await field.scrollIntoViewIfNeeded();
    await expect(field).toBeVisible();
    // The hint says what empty means, in the page's language.
    await expect(form.getByText(lang === 'en' ? /default: 30/ : /للافتراضي: 30/)).toBeVisible();
    const before = centreSetting();

    for (const [value, message] of [
      ['300', w.atMost],
      ['-5', w.atLeast],
      ['2.5', w.whole],
    ] as const) {
      await field.fill(value);
      await form.getByRole('button', { name: w.save }).click();
      await expect(page.getByTestId('form-problem')).toHaveText(message);
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expect(field).toBeFocused();
      expect(centreSetting()).toBe(before);
    }

    await field.fill('45');
    await form.getByRole('button', { name: w.save }).click();
    await expect(page.getByTestId('cfg-notice')).toHaveText(w.saved);
    await expect.poll(centreSetting).toBe(45);
    await expect(form.getByLabel(w.field)).toHaveValue('45');

    await form.getByLabel(w.field).fill('');
    await form.getByRole('button', { name: w.save }).click();
    await expect(page.getByTestId('cfg-notice')).toHaveText(w.saved);
    await expect.poll(() => 'lastTicketMinutesBeforeClose' in hub.hub.catalogue.centre).toBe(false);
  });
}

test('a queue’s own value overrides the centre’s and is refused past 240', async ({ page }) => {
  const w = words.en;
  await openConfig(page, 'en');
  await page.getByRole('button', { name: w.queues, exact: true }).click();
  const queue = hub.hub.catalogue.queues[0]!;
  await page.getByRole('button', { name: `Edit: ${queue.name.en}` }).click();
  const form = page.locator('form.cfg-form');
  const field = form.getByLabel(w.field);
  await expect(field).toHaveValue('');
  await expect(form.getByText("Leave empty to use the centre's setting")).toBeVisible();
  await field.fill('241');
  await form.getByRole('button', { name: w.save }).click();
  await expect(page.getByTestId('form-problem')).toHaveText(w.atMost);
  await field.fill('20');
  await form.getByRole('button', { name: w.save }).click();
  await expect(page.getByTestId('cfg-notice')).toHaveText(w.saved);
  await expect
    .poll(() => hub.hub.catalogue.queues.find((q) => q.id === queue.id)?.lastTicketMinutesBeforeClose)
    .toBe(20);
});
