/**
 * Bidirectional text (issue #15): identifiers, numbers, dates and masked values inside Arabic text
 * are drawn in their own left-to-right order. The order is read from the layout, character by
 * character (tests/e2e/support/visual-order.ts), not from the DOM.
 */
import { expect, test, type Locator } from '@playwright/test';
import { ar } from '../../shared/i18n/ar.js';
import { kiosk } from '../../shared/i18n/apps/kiosk.js';
import { isolate, isolateLtr } from '../../shared/i18n/bidi.js';
import { api, login, type TestHub } from '../support/hub.js';
import { startKioskE2e, type KioskE2e } from '../kiosk/e2e-fixture.js';
import { issue } from './counter-support.js';
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

/**
 * One convention for a wait range in Arabic (issue #15: the phone drew "16–0 دقيقة", the kiosk
 * "2–46"): written out, "من ٢ إلى ٤٦ دقيقة", so the low bound is drawn right of the high one, as
 * Arabic reads, whatever the element's direction. Checked from the layout in each app that shows one.
 */
test.describe('a wait range in Arabic reads low then high (right to left) in every app', () => {
  let k: KioskE2e;
  let statusPath: string;
  test.beforeAll(async () => {
    k = await startKioskE2e();
    await issue(k.hub.url, 'eid-renew');
    const followed = await issue(k.hub.url, 'residency-renew');
    statusPath = (followed as unknown as { statusPath: string }).statusPath;
    await issue(k.hub.url, 'residency-renew');
    const agent = `Bearer ${await login(k.hub.url, 'agent3', '333333')}`;
    await api(k.hub.url, 'POST', '/counters/c3/open', agent);
  });
  test.afterAll(async () => k?.cleanup());

  /** The range's bounds in the element's text, and that the low one is drawn right of the high one. */
  async function expectArabicRange(el: Locator): Promise<void> {
    const text = (await el.innerText()).trim();
    // A range from 0 is "حتى ١٩ دقيقة" (issue #15): one number, nothing to order, no bare "0–19".
    if (/^حتى /.test(text) || / حتى [0-9٠-٩]/.test(text)) {
      expect(text).toMatch(/حتى [0-9٠-٩]+ (دقيقة|دقائق)|حتى دقيقتين|حتى دقيقة واحدة/);
      expect(text).not.toMatch(/[0-9٠-٩]\s*[–-]\s*[0-9٠-٩]/);
      return;
    }
    const m = /من ([0-9٠-٩]+) إلى ([0-9٠-٩]+) (دقيقة|دقائق)/.exec(text);
    expect(m, `an Arabic range written out in "${text}"`).not.toBeNull();
    const [, low, high, noun] = m!;
    expect(text).not.toMatch(/[0-9٠-٩]\s*[–-]\s*[0-9٠-٩]/);
    expect(await xOf(el, `${low} إلى`)).toBeGreaterThan(await xOf(el, `${high} ${noun}`));
  }

  test('the kiosk: a service tile and the service screen', async ({ page }) => {
    await page.setViewportSize({ width: 1080, height: 1920 });
    await page.goto(k.kioskUrl);
    await page.getByRole('button', { name: 'كل الخدمات' }).click();
    const tile = page.locator('button.tile[data-service="eid-renew"] .tile-meta');
    if ((await tile.count()) > 0) await expectArabicRange(tile.first());
    await page
      .getByRole('button', { name: /^تجديد بطاقة الهوية/ })
      .first()
      .click();
    await expectArabicRange(page.getByTestId('service-wait'));
  });

  test("the phone's ticket status page", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${k.hub.url}${statusPath}?lang=ar`);
    await expectArabicRange(page.getByTestId('estimate'));
  });

  test("the dashboard's live view", async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await signInToDashboard(page, k.hub.url);
    const cell = page
      .getByTestId('queues')
      .locator('td', { hasText: /^من [0-9٠-٩]+ إلى/ })
      .first();
    await expect(cell).toBeVisible();
    await expectArabicRange(cell);
  });
});
