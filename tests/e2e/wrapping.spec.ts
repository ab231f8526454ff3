/**
 * Labels that wrapped at the devices' real sizes (issue #15): "Tagalog" alone on a second line of
 * the kiosk's language button (1080×1920), and the counter's "قريب من الحد" badge broken across two
 * lines with its background torn (1366×768). Read from the layout: each name or badge is one box on
 * one line; the language names sit in even rows; nothing runs off the screen. Arabic and English,
 * and the kiosk's larger-text mode.
 */
import { expect, test, type Page } from '@playwright/test';
import { startKioskE2e, type KioskE2e } from '../kiosk/e2e-fixture.js';
import { kiosk as kioskStrings } from '../../shared/i18n/apps/kiosk.js';
import { counter as counterStrings } from '../../shared/i18n/apps/counter.js';
import { issue, openCounter } from './counter-support.js';

test.use({ actionTimeout: 15_000 });

let k: KioskE2e;
test.beforeAll(async () => {
  k = await startKioskE2e();
  await issue(k.hub.url, 'eid-renew');
  await issue(k.hub.url, 'residency-renew');
});
test.afterAll(async () => k?.cleanup());

/** Boxes of the elements matching `selector`: how many lines each takes, and where. */
function boxes(page: Page, selector: string) {
  return page.evaluate((sel) => {
    return Array.from(document.querySelectorAll<HTMLElement>(sel)).map((el) => {
      const r = el.getBoundingClientRect();
      const lineHeight =
        parseFloat(getComputedStyle(el).lineHeight) || parseFloat(getComputedStyle(el).fontSize) * 1.6;
      return {
        text: el.textContent ?? '',
        lines: el.getClientRects().length,
        tallerThanALine: r.height > lineHeight * 1.7,
        top: Math.round(r.top),
        left: r.left,
        right: r.right,
      };
    });
  }, selector);
}

for (const [lang, mode] of [
  ['ar', 'normal'],
  ['en', 'normal'],
  ['ar', 'largerText'],
  ['en', 'largerText'],
] as const) {
  test(`the kiosk's language button: even rows, no name broken (${lang}, ${mode})`, async ({ page }) => {
    const words = kioskStrings[lang];
    await page.setViewportSize({ width: 1080, height: 1920 });
    await page.goto(k.kioskUrl);
    await expect(page.getByTestId('screen-welcome')).toBeVisible();
    if (lang === 'en') await page.getByRole('button', { name: 'English', exact: true }).first().click();
    if (mode === 'largerText') {
      await page.getByRole('button', { name: words.accessibility }).first().click();
      await page.getByRole('button', { name: words.largerText, exact: true }).first().click();
      await page
        .getByTestId('a11y-panel')
        .getByRole('button', { name: lang === 'en' ? 'Close' : 'إغلاق' })
        .click();
    }
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `test-results/screens/kiosk-languages-${lang}-${mode}.png` });
    const names = await boxes(page, '[data-testid="more-languages"] .own-name');
    expect(names.map((n) => n.text)).toContain('Tagalog');
    for (const n of names) {
      expect(n.lines, `"${n.text}" on one line`).toBe(1);
      expect(n.tallerThanALine, `"${n.text}" on one line`).toBe(false);
    }
    const rows = new Map<number, number>();
    for (const n of names) rows.set(n.top, (rows.get(n.top) ?? 0) + 1);
    // Even rows: three and three, or (larger text) two, two and two; never one name left alone.
    expect([...rows.values()], 'names per row').toEqual(mode === 'largerText' ? [2, 2, 2] : [3, 3]);
    const button = await page.getByTestId('more-languages').boundingBox();
    expect(button!.x).toBeGreaterThanOrEqual(0);
    expect(button!.x + button!.width).toBeLessThanOrEqual(1080);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1080);
  });
}

for (const lang of ['ar', 'en'] as const) {
  test(`the counter's wait-level badge stays one piece at 1366×768 (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    const n = lang === 'ar' ? 5 : 6;
    await openCounter(page, k.hub.url, `agent${n}`, String(n).repeat(6), `c${n}`);
    if (lang === 'en') await page.goto(`${k.hub.url}/counter/?lang=en`);
    await expect(page.locator('.queues .level').first()).toBeVisible();
    // The longest label ("قريب من الحد" / "Near the limit") in every badge, as an amber line shows it.
    const amber = counterStrings[lang].level_amber!;
    await page.evaluate((label) => {
      for (const b of document.querySelectorAll('.queues .level')) {
        b.textContent = label;
        b.className = 'level level-amber';
      }
    }, amber);
    const badges = await boxes(page, '.queues .level');
    expect(badges.length).toBeGreaterThan(0);
    for (const b of badges) {
      expect(b.lines, `"${b.text}" in one box`).toBe(1);
      expect(b.tallerThanALine, `"${b.text}" on one line`).toBe(false);
      expect(b.right).toBeLessThanOrEqual(1366);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    await page.screenshot({ path: `test-results/screens/counter-badge-${lang}.png` });
  });
}
