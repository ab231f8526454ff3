/**
 * The catalogue editor's hints name their limits and defaults in the centre's digits: on a centre
 * set to Arabic-Indic digits the Arabic hints read "(من ٠ إلى ٢٤٠) … للافتراضي: ٣٠", not the Latin
 * "(من 0 إلى 240)" the catalogue used to hard-code (tests/i18n/no-hard-coded-digits.test.ts keeps
 * staff strings free of them). The numbers come from the form's own limits and the domain's
 * defaults. On the dashboard's 1440×900 screen.
 */
import { expect, test } from '@playwright/test';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';
import { configEditor } from '../../shared/i18n/apps/config-editor.js';
import type { TestHub } from '../support/hub.js';
import { startE2eHub } from './support/hub.js';
import { signInToDashboard } from './dashboard-support.js';

let hub: TestHub;
test.beforeAll(async () => {
  hub = await startE2eHub({
    catalogue: { ...DEMO_CATALOGUE, centre: { ...DEMO_CATALOGUE.centre, digits: 'arab' } },
  });
});
test.afterAll(async () => hub?.cleanup());

test('the centre form’s hints in Arabic-Indic digits, each limit and default as the form applies it', async ({
  page,
}) => {
  const ar = configEditor.ar;
  await signInToDashboard(page, hub.url, 'ar');
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.getByRole('button', { name: 'الإعدادات' }).click();
  await page.getByRole('button', { name: 'المركز وساعات العمل', exact: true }).click();
  const form = page.getByTestId('cfg-centre');
  const hintOf = async (label: string) => {
    const field = form.getByLabel(label);
    await field.scrollIntoViewIfNeeded();
    const id = await field.getAttribute('aria-describedby');
    return form.locator(`[id="${id}"]`);
  };
  const lastTicket = await hintOf(ar.lastTicketMinutes);
  await expect(lastTicket).toContainText('(من ٠ إلى ٢٤٠)');
  await expect(lastTicket).toContainText('للافتراضي: ٣٠');
  await expect(lastTicket).not.toContainText(/[0-9]/);
  const typicalBreak = await hintOf(ar.typicalBreakMinutes);
  await expect(typicalBreak).toContainText('(من ١ إلى ٢٤٠)');
  await expect(typicalBreak).toContainText('للافتراضي: ٢٠');
  await expect(typicalBreak).not.toContainText(/[0-9]/);
  await page.screenshot({ path: 'test-results/screenshots/dashboard-hint-digits.png' });
});
