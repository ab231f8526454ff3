/**
 * The centre's usual break length (issue #18), which the waiting-time estimate expects a counter on
 * break to be away for: a field of the centre's form, refused out of range in the manager's language,
 * saved when valid, left out when emptied (the default, 20 minutes, applies). Dashboard at 1440×900.
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
    field: 'Usual break, minutes',
    hint: /default: 20/,
    save: 'Save',
    saved: 'Saved and applied.',
    atLeast: 'Usual break, minutes: Enter 1 or more.',
  },
  ar: {
    configuration: 'الإعدادات',
    centre: 'المركز وساعات العمل',
    field: 'المدة المعتادة للاستراحة بالدقائق',
    hint: /للافتراضي: 20/,
    save: 'حفظ',
    saved: 'تم الحفظ وسرى التغيير.',
    atLeast: 'المدة المعتادة للاستراحة بالدقائق: أدخل 1 أو أكثر.',
  },
} as const;

const setting = () => hub.hub.catalogue.centre.typicalBreakMinutes;

for (const lang of ['en', 'ar'] as const) {
  test(`centre (${lang}): the usual break is refused below 1, saved when valid, left out when emptied`, async ({
    page,
  }) => {
    const w = words[lang];
    await signInToDashboard(page, hub.url, lang);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByRole('button', { name: w.configuration }).click();
    await page.getByRole('button', { name: w.centre, exact: true }).click();
    const form = page.getByTestId('cfg-centre');
    const field = form.getByLabel(w.field);
    await field.scrollIntoViewIfNeeded();
    await expect(form.getByText(w.hint)).toBeVisible();

    await field.fill('0');
    await form.getByRole('button', { name: w.save }).click();
    await expect(page.getByTestId('form-problem')).toHaveText(w.atLeast);
    expect(setting()).toBeUndefined();

    await field.fill('35');
    await form.getByRole('button', { name: w.save }).click();
    await expect(page.getByTestId('cfg-notice')).toHaveText(w.saved);
    await expect.poll(setting).toBe(35);

    await form.getByLabel(w.field).fill('');
    await form.getByRole('button', { name: w.save }).click();
    await expect(page.getByTestId('cfg-notice')).toHaveText(w.saved);
    await expect.poll(() => 'typicalBreakMinutes' in hub.hub.catalogue.centre).toBe(false);
  });
}
