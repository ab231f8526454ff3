/**
 * A citizen who chose larger text still sees the way on and the way back without hunting (issue #15):
 * on the 1080×1920 portrait kiosk, with the service's optional details and the ID keypad open (the
 * page was 3113 px tall, "اطبع تذكرتي" below the fold with no cue, the floating accessibility button
 * over the "الحوامل" tile and keypad key "1"), and on the start screen (2075 px, its accessibility
 * button, the only way to undo larger text, off the screen). Checked by what the screen shows at the
 * controls' centres (elementFromPoint), in larger text and in larger text with high contrast.
 * Screenshots: kiosk-reach-*.png in each test's output folder.
 */
import { expect, test, type Page } from '@playwright/test';
import { kiosk as kioskStrings } from '../../shared/i18n/apps/kiosk.js';
import { expectAccessible } from '../kiosk/e2e-helpers.js';
import { portraitKiosk } from './support/kiosk-portrait.js';
import { expectReachable } from './support/reach.js';

const AR = kioskStrings.ar;
const kiosk = portraitKiosk();

async function chooseModes(page: Page, modes: readonly string[]) {
  await page.goto(kiosk().kioskUrl);
  await expect(page.getByTestId('screen-welcome')).toBeVisible();
  await page.getByRole('button', { name: AR.accessibility }).first().click();
  for (const mode of modes) await page.getByRole('button', { name: mode, exact: true }).first().click();
  await page.getByTestId('a11y-panel').getByRole('button', { name: 'إغلاق' }).click();
  await expect(page.getByTestId('a11y-panel')).toBeHidden();
  // Larger text is on (1.95rem), so the kiosk's stylesheet is in force for what is measured.
  await expect(page.locator('.kiosk')).toHaveCSS('font-size', '31.2px');
  await page.evaluate(() => document.fonts.ready);
}

async function shot(page: Page, name: string) {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: test.info().outputPath(`kiosk-reach-${name}.png`) });
}

const MODES = [
  { name: 'larger', modes: [AR.largerText] },
  { name: 'larger-hc', modes: [AR.largerText, AR.highContrast] },
] as const;

for (const m of MODES) {
  test(`larger text (${m.name}): the start screen keeps its accessibility button on the screen, uncovered`, async ({
    page,
  }) => {
    await chooseModes(page, m.modes);
    const a11y = page.getByTestId('screen-welcome').getByRole('button', { name: AR.accessibility });
    await expectReachable(a11y, 'the accessibility button');
    // Nothing of the start screen is lost: every service tile and other action can be reached.
    const tiles = page.getByTestId('screen-welcome').locator('main button');
    for (const tile of await tiles.all()) {
      await tile.scrollIntoViewIfNeeded();
      await expectReachable(tile, `start screen: ${(await tile.textContent())?.trim()}`);
    }
    await shot(page, `welcome-${m.name}`);
    await expectAccessible(page, `start screen (${m.name})`);
  });

  test(`larger text (${m.name}): a service with its details and ID keypad open keeps print and accessibility in view`, async ({
    page,
  }) => {
    await chooseModes(page, m.modes);
    await page.getByTestId('top-services').locator('[data-service="eid-renew"]').click();
    await expect(page.getByTestId('screen-service')).toBeVisible();
    await page.getByRole('button', { name: AR.optionalTitle }).click();
    await page.getByRole('button', { name: AR.useEmiratesId }).click();
    await expect(page.locator('.keypad')).toBeVisible();

    const print = page.getByRole('button', { name: AR.printTicket });
    const a11y = page.getByRole('button', { name: AR.accessibility, exact: true });
    await expectReachable(print, 'the print button');
    await expectReachable(a11y, 'the accessibility button');
    // The details go on below what is shown: the screen says so.
    await expect(page.getByTestId('more-below-cue')).toHaveAttribute('data-more', 'true');
    await shot(page, `service-keypad-${m.name}`);

    // Each control of the details can be brought into view and tapped: none stays under the bars.
    const details = page.getByTestId('optional-details').getByRole('button');
    for (const control of await details.all()) {
      await control.scrollIntoViewIfNeeded();
      await expectReachable(control, `details: ${(await control.textContent())?.trim()}`);
    }
    await expectReachable(print, 'the print button, scrolled to the end');
    await expectReachable(a11y, 'the accessibility button, scrolled to the end');
    await shot(page, `service-keypad-end-${m.name}`);
    await expectAccessible(page, `service with details (${m.name})`);

    // Printed from where the citizen is, without scrolling back.
    await print.click();
    await expect(page.getByTestId('screen-ticket')).toBeVisible();
  });
}

test('without larger text the service screen still fits: no scrolling, no "more below"', async ({ page }) => {
  await page.goto(kiosk().kioskUrl);
  await page.getByTestId('top-services').locator('[data-service="eid-renew"]').click();
  await expect(page.getByTestId('screen-service')).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  const overflow = await page.evaluate(() => {
    const main = document.querySelector('[data-testid=screen-service] main')!;
    return {
      page: document.documentElement.scrollHeight - window.innerHeight,
      main: main.scrollHeight - main.clientHeight,
    };
  });
  expect(overflow.page, 'the page scrolls (px)').toBeLessThanOrEqual(0);
  expect(overflow.main, 'the service screen scrolls (px)').toBeLessThanOrEqual(0);
  await expect(page.getByTestId('more-below-cue')).toHaveAttribute('data-more', 'false');
  await expectReachable(page.getByRole('button', { name: AR.printTicket }), 'the print button');
});
