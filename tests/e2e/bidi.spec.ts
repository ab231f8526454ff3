/**
 * Bidirectional text (issue #15): identifiers, numbers, dates and masked values inside Arabic text
 * are drawn in their own left-to-right order. The order is read from the layout, character by
 * character (tests/e2e/support/visual-order.ts), not from the DOM.
 */
import { expect, test } from '@playwright/test';
import { ar } from '../../shared/i18n/ar.js';
import { kiosk } from '../../shared/i18n/apps/kiosk.js';
import { isolate, isolateLtr } from '../../shared/i18n/bidi.js';
import type { TestHub } from '../support/hub.js';
import { startE2eHub } from './support/hub.js';
import { signInToDashboard } from './dashboard-support.js';
import { readsLeftToRight, xOf } from './support/visual-order.js';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
/** What renderer/common/bdi.tsx's <Ltr> renders. */
const ltr = (s: string) => `<bdi dir="ltr" translate="no" class="ltr-isolate">${escape(s)}</bdi>`;

test.describe('each case of the issue, as the apps render it, in a right-to-left page', () => {
  test.beforeEach(async ({ page }) => {
    await page.setContent(`<!doctype html><html lang="ar" dir="rtl"><body style="font: 24px sans-serif">
      <p id="control">كبار المواطنين (60+)</p>
      <p id="control-hint">رقم الهوية الإماراتية (784-YYYY-NNNNNNN-C)</p>
      <p id="senior">${escape(ar.priority.senior)}</p>
      <p id="id-hint">${escape(kiosk.ar.emiratesIdLabel!)}</p>
      <p id="masked">الهوية: ${ltr('784-****-****-567-8')}</p>
      <p id="phone">الجوال: ${ltr('+971501234567')}</p>
      <p id="report">${escape(`تقرير الأداء من ${isolateLtr('2026-12-01')} إلى ${isolateLtr('2026-12-06')}`)}</p>
      <p id="device">${escape(`طلب مساعدة من ${isolate('Entrance kiosk 1')}: نموذج`)}</p>
    </body></html>`);
  });

  test('the check can fail: "(60+)" without an isolate is drawn out of order', async ({ page }) => {
    expect(await readsLeftToRight(page.locator('#control'), '(60+)')).toBe(false);
    expect(await readsLeftToRight(page.locator('#control-hint'), '784-YYYY-NNNNNNN-C')).toBe(false);
  });

  test('"(60+)" in the senior priority label', async ({ page }) => {
    expect(await readsLeftToRight(page.locator('#senior'), '(60+)')).toBe(true);
  });

  test('the Emirates ID hint "(784-YYYY-NNNNNNN-C)"', async ({ page }) => {
    const hint = page.locator('#id-hint');
    expect(await readsLeftToRight(hint, '784-YYYY-NNNNNNN-C')).toBe(true);
    // The brackets belong to the Arabic sentence (mirrored glyphs): the opening one on the right.
    expect(await xOf(hint, '(')).toBeGreaterThan(await xOf(hint, '784-'));
    expect(await xOf(hint, ')')).toBeLessThan(await xOf(hint, '784-'));
  });

  test('a masked Emirates ID and a phone number', async ({ page }) => {
    expect(await readsLeftToRight(page.locator('#masked'), '784-****-****-567-8')).toBe(true);
    expect(await readsLeftToRight(page.locator('#phone'), '+971501234567')).toBe(true);
  });

  test("the report title's dates: each left to right, the first on the right as Arabic reads", async ({
    page,
  }) => {
    const title = page.locator('#report');
    expect(await readsLeftToRight(title, '2026-12-01')).toBe(true);
    expect(await readsLeftToRight(title, '2026-12-06')).toBe(true);
    expect(await xOf(title, '2026-12-01')).toBeGreaterThan(await xOf(title, '2026-12-06'));
  });

  test('a device label "Entrance kiosk 1" keeps its number at its end', async ({ page }) => {
    expect(await readsLeftToRight(page.locator('#device'), 'Entrance kiosk 1')).toBe(true);
  });
});

test.describe('in the apps', () => {
  let hub: TestHub;
  test.beforeAll(async () => {
    hub = await startE2eHub();
  });
  test.afterAll(async () => hub?.cleanup());

  test("the dashboard's report title", async ({ page }) => {
    await signInToDashboard(page, hub.url);
    await page.getByRole('button', { name: 'التقارير' }).click();
    // A range of a week, so the two dates differ and their sides can be compared.
    const weekAgo = new Date(Date.now() - 6 * 86_400_000).toISOString().slice(0, 10);
    await page.locator('.reports input[type="date"], form input[type="date"]').first().fill(weekAgo);
    await page.getByRole('button', { name: 'عرض التقرير' }).click();
    const title = page.locator('.report h3');
    await expect(title).toBeVisible();
    // The two dates, whatever their format, are the title's left-to-right isolates.
    const dates = await title.evaluate((h) =>
      [...(h.textContent ?? '').matchAll(/\u2066([^\u2069]*)\u2069/g)].map((m) => m[1]!),
    );
    expect(dates).toHaveLength(2);
    const [from, to] = dates as [string, string];
    expect(from).not.toBe(to);
    expect(await readsLeftToRight(title, from)).toBe(true);
    expect(await readsLeftToRight(title, to)).toBe(true);
    // Arabic reads right to left: "from" is drawn right of "to".
    expect(await xOf(title, from)).toBeGreaterThan(await xOf(title, to));
  });
});
