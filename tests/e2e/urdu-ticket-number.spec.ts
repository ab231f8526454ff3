/**
 * In Urdu the text is Nastaliq, but a ticket number is Latin ("B009") and stays in the apps' one sans
 * face, at its own line height (issue #15: a system Nastaliq named before "Dawr Sans" drew it in its
 * serif Latin with ~100 px of Nastaliq's tall line around it on the phone, and Urdu's line height
 * pushed the kiosk's ticket screen to 1933 px). The face actually drawn is read from the browser
 * (DevTools' platform fonts): the bundled Dawr Sans, never a system Nastaliq.
 * Screenshots: urdu-*.png in each test's output folder.
 */
import { expect, test, type Page } from '@playwright/test';
import { issue } from './counter-support.js';
import { KIOSK_SCREEN, portraitKiosk } from './support/kiosk-portrait.js';

const kiosk = portraitKiosk();

interface DrawnFont {
  familyName: string;
  isCustomFont: boolean;
  glyphCount: number;
}

/** The faces the browser drew the element's own text with, and its computed font-family. */
async function drawnFonts(page: Page, selector: string): Promise<{ family: string; fonts: DrawnFont[] }> {
  await page.evaluate(() => document.fonts.ready);
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    const family = await page.locator(selector).evaluate((el) => getComputedStyle(el).fontFamily);
    return { family, fonts };
  } finally {
    await cdp.detach();
  }
}

function expectOneSansFace(drawn: { family: string; fonts: DrawnFont[] }, where: string) {
  expect(drawn.fonts.length, `${where}: no text drawn`).toBeGreaterThan(0);
  for (const f of drawn.fonts) {
    expect(f.familyName, `${where}: drawn in a Nastaliq face`).not.toMatch(/Nastaliq/i);
    // The bundled Dawr Sans is a web font; a system face here would be a fallback (serif or not).
    expect(f.isCustomFont, `${where}: drawn in the system face ${f.familyName}`).toBe(true);
  }
}

test('the kiosk ticket screen in Urdu: the number in Dawr Sans, the screen fits 1080×1920', async ({
  page,
}) => {
  await page.goto(kiosk().kioskUrl);
  await page.getByTestId('more-languages').click();
  await page.locator('[data-language=ur]').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ur');
  await page.getByTestId('top-services').locator('[data-service="residency-renew"]').click();
  await expect(page.getByTestId('screen-service')).toBeVisible();
  await page.locator('.print-button').click();
  await expect(page.getByTestId('ticket-number')).toHaveText(/^[A-Z]\d{3}$/);
  // Urdu text on the screen is still Nastaliq.
  await expect(page.getByTestId('screen-ticket').locator('h1')).toHaveCSS('font-family', /^["']?Dawr Urdu/);

  const number = await drawnFonts(page, '[data-testid=ticket-number]');
  expect(number.family, 'kiosk ticket number: computed font-family').toMatch(/^["']?Dawr Sans/);
  expectOneSansFace(number, 'kiosk ticket number');
  const fit = await page.evaluate(() => {
    const n = document.querySelector('[data-testid=ticket-number]')!;
    return {
      overflow: document.documentElement.scrollHeight - window.innerHeight,
      done: document.querySelector('.primary-action button')!.getBoundingClientRect().bottom,
      lineHeight: parseFloat(getComputedStyle(n).lineHeight) / parseFloat(getComputedStyle(n).fontSize),
    };
  });
  expect(fit.lineHeight, 'the number at its own line height, not Urdu text’s').toBeLessThanOrEqual(1.1);
  expect(fit.overflow, 'the Urdu ticket screen scrolls (px)').toBeLessThanOrEqual(0);
  expect(fit.done, 'its last button below the screen').toBeLessThanOrEqual(KIOSK_SCREEN.height);
  await page.screenshot({ path: test.info().outputPath('urdu-kiosk-ticket.png') });
});

test('the phone status page of an Urdu ticket: the number in Dawr Sans, no tall gap around it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const issued = await issue(kiosk().hub.url, 'residency-renew', { language: 'ur' });
  const { statusPath } = issued as unknown as { statusPath: string };
  await page.goto(`${kiosk().hub.url}${statusPath}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ur');
  await expect(page.locator('h1 .ticket')).toHaveText(issued.visit.ticket);

  expectOneSansFace(await drawnFonts(page, 'h1 .ticket'), 'phone ticket number');
  expectOneSansFace(await drawnFonts(page, '[data-testid=position]'), 'phone place in line');
  const box = await page.locator('h1 .ticket').evaluate((el) => ({
    height: el.getBoundingClientRect().height,
    fontSize: parseFloat(getComputedStyle(el).fontSize),
  }));
  // The box of a 64 px number is about its own height; Nastaliq's line made it more than twice that.
  expect(box.height / box.fontSize, 'the number box against its font size').toBeLessThanOrEqual(1.4);
  await page.screenshot({ path: test.info().outputPath('urdu-phone-status.png') });
});
