/**
 * How the kiosk's screens use their 1080×1920 portrait space (issue #15): the start screen filled
 * down to its bottom bar without scrolling (its bottom quarter stood empty), the service's document
 * list standing apart from the "do this online" box (they touched), and the ticket screen saying
 * the place in line in the phone status page's words ("أنت التالي" where it showed a bare "1").
 * Screenshots: test-results/screens/kiosk-space-*.png.
 */
import { expect, test, type Page } from '@playwright/test';
import { startKioskE2e, type KioskE2e } from '../kiosk/e2e-fixture.js';
import { expectAccessible } from '../kiosk/e2e-helpers.js';
import { statusPage } from '../../shared/i18n/apps/status.js';
import { portraitKiosk } from './support/kiosk-portrait.js';

/** At most one touch size of blank between the start screen's last control and its bottom bar. */
const MAX_BLANK_ABOVE_NAV = 64;
/** Apart enough to read as two things (the kiosk's gap between actions is 16 px too). */
const MIN_GAP = 16;

async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: `test-results/screens/kiosk-space-${name}.png` });
}

/** The page's overflow, and the blank between the lowest control of the start screen and its bar. */
function startScreenSpace(page: Page) {
  return page.evaluate(() => {
    const main = document.querySelector('[data-testid=screen-welcome] main')!;
    const nav = document.querySelector('[data-testid=screen-welcome] .welcome-nav')!;
    const lowest = Math.max(
      ...[...main.querySelectorAll('button')].map((b) => b.getBoundingClientRect().bottom),
    );
    return {
      overflow: document.documentElement.scrollHeight - window.innerHeight,
      blankAboveNav: nav.getBoundingClientRect().top - lowest,
    };
  });
}

/** Checks the start screen shown on `page` fills it without scrolling, and keeps a picture of it. */
async function expectStartScreenFilled(page: Page, name: string, tiles = 8): Promise<void> {
  await expect(page.getByTestId('top-services').getByRole('button')).toHaveCount(tiles);
  await page.evaluate(() => document.fonts.ready);
  const space = await startScreenSpace(page);
  expect(space.overflow, `${name}: the start screen scrolls (px)`).toBeLessThanOrEqual(0);
  expect(space.blankAboveNav).toBeGreaterThanOrEqual(0);
  expect(space.blankAboveNav, `${name}: blank above the bottom bar (px)`).toBeLessThanOrEqual(
    MAX_BLANK_ABOVE_NAV,
  );
  await shot(page, name);
  await expectAccessible(page, name);
}

const kiosk = portraitKiosk();

for (const lang of ['ar', 'en'] as const) {
  test(`the start screen is filled down to its bottom bar, without scrolling (${lang})`, async ({ page }) => {
    await page.goto(kiosk().kioskUrl);
    await expect(page.getByTestId('screen-welcome')).toBeVisible();
    if (lang === 'en') await page.getByRole('button', { name: 'English', exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expectStartScreenFilled(page, `start-${lang}`);
  });

  test(`the documents to bring stand apart from the "do this online" box (${lang})`, async ({ page }) => {
    await page.goto(kiosk().kioskUrl);
    if (lang === 'en') await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.getByTestId('top-services').locator('[data-service="eid-renew"]').click();
    await expect(page.getByTestId('online-qr')).toBeVisible();
    const gap = await page.evaluate(() => {
      const list = document.querySelector('[data-testid=screen-service] ul.documents')!;
      const online = document.querySelector('[data-testid=screen-service] section.online')!;
      return online.getBoundingClientRect().top - list.getBoundingClientRect().bottom;
    });
    expect(gap, 'px between the document list and the online box').toBeGreaterThanOrEqual(MIN_GAP);
    await shot(page, `service-${lang}`);
    await expectAccessible(page, `service (${lang})`);
  });
}

for (const lang of ['ur', 'ml'] as const)
  test(`the start screen fits in a visitor's language too, in six taller tiles (${lang})`, async ({
    page,
  }) => {
    await page.goto(kiosk().kioskUrl);
    await page.getByTestId('more-languages').click();
    await page.locator(`[data-language=${lang}]`).click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expectStartScreenFilled(page, `start-${lang}`, 6);
  });

test.describe('a closed centre', () => {
  // Friday 4 December 2026, 13:00 in Dubai: closed since 12:00, so the notice is at its longest.
  const FRIDAY_1300 = Date.UTC(2026, 11, 4, 9, 0);
  const started = Date.now();
  let closed: KioskE2e;
  test.beforeAll(async () => {
    closed = await startKioskE2e({ clock: { now: () => FRIDAY_1300 + (Date.now() - started) } });
  });
  test.afterAll(async () => closed?.cleanup());

  for (const lang of ['ar', 'en'] as const)
    test(`the start screen with its closed notice still fits without scrolling (${lang})`, async ({
      page,
    }) => {
      await page.goto(closed.kioskUrl);
      await expect(page.getByTestId('opening')).toHaveAttribute('data-status', 'closed');
      if (lang === 'en') await page.getByRole('button', { name: 'English', exact: true }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expectStartScreenFilled(page, `start-closed-${lang}`);
    });
});

test('the ticket screen says the place in line as the phone does: "you are next", then the people ahead', async ({
  page,
}) => {
  const takeTicket = async (lang: 'ar' | 'en') => {
    await page.goto(kiosk().kioskUrl);
    if (lang === 'en') await page.getByRole('button', { name: 'English', exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await page.getByTestId('top-services').locator('[data-service="licence-renew"]').click();
    await page.getByRole('button', { name: lang === 'ar' ? 'اطبع تذكرتي' : 'Print my ticket' }).click();
    await expect(page.getByTestId('ticket-number')).toHaveText(/^C\d{3}$/);
  };
  // Nobody waits for the traffic queue yet: the first ticket is next.
  await takeTicket('ar');
  await expect(page.getByTestId('ticket-ahead')).toHaveText(statusPage.ar.ahead_zero!);
  await expect(page.getByTestId('screen-ticket')).toContainText(statusPage.ar.position!);
  await shot(page, 'ticket-next-ar');
  await expectAccessible(page, 'ticket (ar, next)');

  await takeTicket('en');
  await expect(page.getByTestId('ticket-ahead')).toHaveText(statusPage.en.ahead_one!);
  await takeTicket('en');
  await expect(page.getByTestId('ticket-ahead')).toHaveText(
    statusPage.en.ahead_other!.replace('{{count}}', '2'),
  );
  await shot(page, 'ticket-ahead-en');
});
