/**
 * The kiosk's accessibility button stays in its corner over every screen; the screens leave room
 * for it, so scrolled to the end no control lies under it (issue #15: it covered the last service
 * of long lists and the last button of a service's screen). On the 1080×1920 portrait kiosk, in
 * normal and in larger-text mode, by the bounding boxes of the button and every other control.
 */
import { expect, test, type Page } from '@playwright/test';
import { startKioskE2e, type KioskE2e } from '../kiosk/e2e-fixture.js';
import { kiosk as kioskStrings } from '../../shared/i18n/apps/kiosk.js';

test.use({ actionTimeout: 15_000 });

let k: KioskE2e;
test.beforeAll(async () => {
  k = await startKioskE2e();
});
test.afterAll(async () => k?.cleanup());

interface Overlap {
  control: string;
  box: { x: number; y: number; width: number; height: number };
}

/**
 * Scrolls to the end of the page and of the screen's content (a screen that fits the screen scrolls
 * its content between header and bottom bar), then lists every visible control the a11y button overlaps.
 */
async function overlapsAtEnd(page: Page): Promise<{ overlaps: Overlap[]; controls: number }> {
  await page.evaluate(() => {
    for (const main of document.querySelectorAll('.step main')) main.scrollTo(0, main.scrollHeight);
    window.scrollTo(0, document.documentElement.scrollHeight);
  });
  await expect
    .poll(() =>
      page.evaluate(
        () => Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight - 1,
      ),
    )
    .toBe(true);
  return page.evaluate(() => {
    const button = document.querySelector('.a11y-button');
    if (!button) throw new Error('no accessibility button on this screen');
    const a = button.getBoundingClientRect();
    const controls = Array.from(
      document.querySelectorAll<HTMLElement>(
        'button, input, select, textarea, a[href], [role="button"], [role="radio"]',
      ),
    ).filter((el) => {
      if (el === button) return false;
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < window.innerHeight;
    });
    const overlaps = controls
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.left < a.right && a.left < r.right && r.top < a.bottom && a.top < r.bottom)
      .map(({ el, r }) => ({
        control: (el.getAttribute('aria-label') ?? el.textContent ?? el.tagName).trim().slice(0, 60),
        box: {
          x: Math.round(r.x),
          y: Math.round(r.y),
          width: Math.round(r.width),
          height: Math.round(r.height),
        },
      }));
    return { overlaps, controls: controls.length };
  });
}

const cases = [
  { lang: 'ar', mode: 'normal' },
  { lang: 'ar', mode: 'largerText' },
  { lang: 'en', mode: 'largerText' },
  { lang: 'ar', mode: 'lowReach' },
] as const;

for (const { lang, mode } of cases) {
  test(`no control lies under the accessibility button at the end of long screens (${lang}, ${mode})`, async ({
    page,
  }) => {
    const words = kioskStrings[lang];
    await page.setViewportSize({ width: 1080, height: 1920 });
    await page.goto(k.kioskUrl);
    if (lang === 'en') await page.getByRole('button', { name: 'English' }).first().click();
    const tap = (name: string) => page.getByRole('button', { name, exact: true }).first().click();
    if (mode !== 'normal') {
      await page.getByRole('button', { name: words.accessibility }).first().click();
      await tap(words[mode]);
      await page
        .getByTestId('a11y-panel')
        .getByRole('button', { name: lang === 'en' ? 'Close' : 'إغلاق' })
        .click();
    }
    await tap(words.allServices);
    await expect(page.getByTestId('screen-services')).toBeVisible();
    // The list scrolls inside the screen, above its bottom bar (tests/e2e/kiosk-services-fit.spec.ts):
    // its end is where the button used to cover the last services.
    await page
      .locator('[data-testid=screen-services] main')
      .evaluate((list) => list.scrollTo(0, list.scrollHeight));
    const services = await overlapsAtEnd(page);
    expect(services.controls).toBeGreaterThan(3);
    expect(services.overlaps, 'controls under the button on all services').toEqual([]);

    await page
      .getByRole('button', { name: lang === 'en' ? 'Renew Emirates ID' : 'تجديد بطاقة الهوية' })
      .first()
      .click();
    await expect(page.getByTestId('screen-service')).toBeVisible();
    await tap(words.optionalTitle);
    await tap(words.useEmiratesId);
    const service = await overlapsAtEnd(page);
    expect(service.overlaps, 'controls under the button on a service with its details').toEqual([]);
  });
}
