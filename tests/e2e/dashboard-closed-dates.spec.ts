/**
 * The centre's public holidays in the dashboard (issue #15): a manager adds a date with its reason
 * in Arabic and English (closed all day, or special hours), the hub stores it and the opening state
 * follows; the same date twice is caught by the form in the manager's language (the hub, which
 * would refuse it with 400, is never asked) and nothing changes; removing every date leaves the list out. Dashboard at 1440×900, in Arabic and English.
 */
import { expect, test } from '@playwright/test';
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
    add: 'Add a date',
    remove: 'Remove this date',
    date: 'Date',
    reasonAr: 'Reason in Arabic',
    reasonEn: 'Reason in English',
    special: 'Open special hours',
    opens: 'Opens',
    closes: 'Closes',
    save: 'Save',
    saved: 'Saved and applied.',
    repeated: 'Date: 2026-12-02 is listed more than once; remove one of the rows.',
  },
  ar: {
    configuration: 'الإعدادات',
    centre: 'المركز وساعات العمل',
    add: 'أضف تاريخاً',
    remove: 'احذف هذا التاريخ',
    date: 'التاريخ',
    reasonAr: 'السبب بالعربية',
    reasonEn: 'السبب بالإنجليزية',
    special: 'مفتوح بساعات خاصة',
    opens: 'يفتح',
    closes: 'يغلق',
    save: 'حفظ',
    saved: 'تم الحفظ وسرى التغيير.',
    repeated: 'التاريخ: 2026-12-02 مذكور أكثر من مرة؛ احذف أحد السطرين.',
  },
} as const;

const stored = () => hub.hub.catalogue.centre.closedDates;

for (const lang of ['en', 'ar'] as const) {
  test(`centre (${lang}): holidays added, a date twice refused, all removed`, async ({ page }) => {
    const w = words[lang];
    await signInToDashboard(page, hub.url, lang);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByRole('button', { name: w.configuration }).click();
    await page.getByRole('button', { name: w.centre, exact: true }).click();
    const form = page.getByTestId('cfg-centre');
    const list = form.getByTestId('closed-dates');
    await list.scrollIntoViewIfNeeded();

    await list.getByRole('button', { name: w.add }).click();
    const first = list.locator('.cfg-closed-date').nth(0);
    await first.getByLabel(w.date).fill('2026-12-02');
    await first.getByLabel(w.reasonAr).fill('عيد الاتحاد');
    await first.getByLabel(w.reasonEn).fill('National Day');
    await list.getByRole('button', { name: w.add }).click();
    const second = list.locator('.cfg-closed-date').nth(1);
    await second.getByLabel(w.date).fill('2026-12-31');
    await second.getByLabel(w.reasonAr).fill('آخر يوم في السنة');
    await second.getByLabel(w.reasonEn).fill("New Year's Eve");
    await second.getByLabel(w.special).check();
    await second.getByLabel(w.opens).fill('08:00');
    await second.getByLabel(w.closes).fill('12:00');
    await form.getByRole('button', { name: w.save }).click();
    await expect(page.getByTestId('cfg-notice')).toHaveText(w.saved);
    await expect.poll(stored).toEqual([
      { date: '2026-12-02', reason: { ar: 'عيد الاتحاد', en: 'National Day' } },
      {
        date: '2026-12-31',
        reason: { ar: 'آخر يوم في السنة', en: "New Year's Eve" },
        hours: { open: '08:00', close: '12:00' },
      },
    ]);

    // The same date again: the form says so in the manager's language, on the repeated row, and
    // sends nothing (no English detail from the hub inside an Arabic sentence).
    await second.getByLabel(w.date).fill('2026-12-02');
    await form.getByRole('button', { name: w.save }).click();
    await expect(form.getByTestId('form-problem')).toHaveText(w.repeated);
    await expect(second.getByLabel(w.date)).toBeFocused();
    await expect(page.getByTestId('cfg-error')).toHaveCount(0);
    await list.screenshot({ path: `test-results/screens/dashboard-closed-dates-${lang}.png` });
    expect(stored()?.map((d) => d.date)).toEqual(['2026-12-02', '2026-12-31']);

    await second.getByRole('button', { name: w.remove }).click();
    await first.getByRole('button', { name: w.remove }).click();
    await expect(list.locator('.cfg-closed-date')).toHaveCount(0);
    await form.getByRole('button', { name: w.save }).click();
    await expect(page.getByTestId('cfg-notice')).toHaveText(w.saved);
    await expect.poll(() => 'closedDates' in hub.hub.catalogue.centre).toBe(false);
  });
}
