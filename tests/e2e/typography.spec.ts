/**
 * One typography and one digit setting (issue #15), in every app: the text is drawn with the bundled
 * pair (Noto Sans for Latin, Noto Sans Arabic for Arabic: web fonts, not whatever the machine has),
 * and no screen mixes digit systems: all Latin with the default, all Arabic-Indic in Arabic text when
 * the centre sets `digits: 'arab'` (identifiers such as ticket numbers stay as issued).
 */
import { expect, test, type Page } from '@playwright/test';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';
import { api, DISPLAY_KEY, KIOSK_KEY, type TestHub } from '../support/hub.js';
import { startE2eHub } from './support/hub.js';

interface AppPage {
  name: string;
  path: string;
}

async function appPages(hub: TestHub): Promise<AppPage[]> {
  const issued = await api(hub.url, 'POST', '/visits', `Device ${KIOSK_KEY}`, {
    serviceId: 'eid-renew',
    idempotencyKey: `typography-${Date.now()}`,
  });
  return [
    { name: 'kiosk', path: `/kiosk/#key=${KIOSK_KEY}` },
    { name: 'display', path: `/display/#key=${DISPLAY_KEY}&lang=ar,en` },
    { name: 'counter', path: '/counter/' },
    { name: 'dashboard', path: '/dashboard/' },
    { name: 'floor', path: '/floor/' },
    { name: 'join', path: '/join/?lang=ar' },
    { name: 'status', path: `${String(issued.body.statusPath)}?lang=ar` },
  ];
}

/** Opens an app and waits until it has drawn its text with its fonts. */
async function open(page: Page, hub: TestHub, app: AppPage): Promise<void> {
  await page.goto(`${hub.url}${app.path}`);
  await page.waitForFunction(() => (document.getElementById('root')?.innerText.trim().length ?? 0) > 0);
  // The first screen after data arrives (the kiosk and display show a connecting state first).
  if (app.name === 'kiosk') await page.getByTestId('screen-welcome').waitFor();
  if (app.name === 'status') await page.getByTestId('position').waitFor();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** The fonts Chromium drew one element's own text with (CDP CSS.getPlatformFontsForNode). */
async function fontsOf(page: Page, selector: string) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts.map((f) => ({ family: f.familyName, web: f.isCustomFont }));
}

/** Marks the first visible element whose own text is only Latin letters, and one with only Arabic. */
async function markSamples(page: Page): Promise<{ latin: boolean; arabic: boolean }> {
  return page.evaluate(() => {
    const found = { latin: false, arabic: false };
    for (const el of document.querySelectorAll<HTMLElement>('#root *')) {
      if (el.getClientRects().length === 0 || getComputedStyle(el).visibility !== 'visible') continue;
      const own = [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim();
      if (own.length < 2) continue;
      const arabic = /[\u0600-\u06ff]/.test(own);
      const latin = /[A-Za-z]/.test(own);
      if (latin && !arabic && !found.latin) {
        el.dataset.sample = 'latin';
        found.latin = true;
      } else if (arabic && !latin && !found.arabic) {
        el.dataset.sample = 'arabic';
        found.arabic = true;
      }
    }
    return found;
  });
}

/**
 * The digit systems of the text on screen. `arabicOnly`: only text in Arabic (not inside lang="en",
 * nor in left-to-right isolates of identifiers, nor ticket or request numbers such as A001 or SR-…).
 */
async function digitSystemsOnScreen(page: Page, arabicOnly: boolean): Promise<string[]> {
  return page.evaluate((onlyArabic) => {
    const skip = onlyArabic
      ? '[lang="en"], .ltr-isolate, bdi[dir="ltr"], [translate="no"], script, style, textarea'
      : 'script, style';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const found = new Set<string>();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!parent || parent.closest(skip) || parent.getClientRects().length === 0) continue;
      const text = (n.textContent ?? '').replace(onlyArabic ? /\b[A-Z]{1,3}-?[0-9A-Z-]*[0-9]+\b/g : /$^/, '');
      for (const d of text.match(/[0-9\u0660-\u0669\u06f0-\u06f9]/g) ?? [])
        found.add(d >= '\u06f0' ? 'arabext' : d >= '\u0660' ? 'arab' : 'latn');
    }
    return [...found].sort();
  }, arabicOnly);
}

test.describe('the default centre (Latin digits)', () => {
  let hub: TestHub;
  test.beforeAll(async () => {
    hub = await startE2eHub();
  });
  test.afterAll(async () => hub?.cleanup());

  test('every app draws Latin with Noto Sans and Arabic with Noto Sans Arabic, both bundled', async ({
    page,
  }) => {
    for (const app of await appPages(hub)) {
      await open(page, hub, app);
      const family = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
      expect({ app: app.name, family: family.split(',')[0] }).toEqual({
        app: app.name,
        family: '"Dawr Sans"',
      });
      const samples = await markSamples(page);
      expect({ app: app.name, arabic: samples.arabic }).toEqual({ app: app.name, arabic: true });
      expect({ app: app.name, fonts: await fontsOf(page, '[data-sample="arabic"]') }).toEqual({
        app: app.name,
        fonts: expect.arrayContaining([{ family: 'Noto Sans Arabic', web: true }]) as unknown,
      });
      for (const sample of samples.latin ? ['latin', 'arabic'] : ['arabic']) {
        const fonts = await fontsOf(page, `[data-sample="${sample}"]`);
        // Nothing from the machine's own fonts (no serif fallback): only the bundled faces.
        expect({ app: app.name, sample, local: fonts.filter((f) => !f.web) }).toEqual({
          app: app.name,
          sample,
          local: [],
        });
        if (sample === 'latin')
          expect({ app: app.name, fonts }).toEqual({
            app: app.name,
            fonts: [{ family: 'Noto Sans', web: true }],
          });
      }
    }
  });

  test("no text on an app's first screen is below its device's minimum size (README)", async ({ page }) => {
    // CSS pixels at each device's real size: read at arm's length (kiosk), 5 m (board), desk and phone.
    const devices: Record<string, { width: number; height: number; min: number }> = {
      kiosk: { width: 1080, height: 1920, min: 24 },
      display: { width: 1920, height: 1080, min: 48 },
      counter: { width: 1366, height: 768, min: 16 },
      dashboard: { width: 1440, height: 900, min: 14 },
      floor: { width: 390, height: 844, min: 16 },
      join: { width: 390, height: 844, min: 16 },
      status: { width: 390, height: 844, min: 16 },
    };
    for (const app of await appPages(hub)) {
      const device = devices[app.name]!;
      await page.setViewportSize({ width: device.width, height: device.height });
      await open(page, hub, app);
      const smallest = await page.evaluate(() => {
        let min = Infinity;
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement;
          if (!el || !(n.textContent ?? '').trim() || el.getClientRects().length === 0) continue;
          min = Math.min(min, parseFloat(getComputedStyle(el).fontSize));
        }
        return min;
      });
      expect({ app: app.name, atLeast: smallest >= device.min, smallest }).toEqual({
        app: app.name,
        atLeast: true,
        smallest,
      });
    }
  });

  test('no screen shows Arabic-Indic digits', async ({ page }) => {
    for (const app of await appPages(hub)) {
      await open(page, hub, app);
      expect({ app: app.name, digits: await digitSystemsOnScreen(page, false) }).toEqual({
        app: app.name,
        digits: expect.not.arrayContaining(['arab', 'arabext']) as unknown,
      });
    }
  });
});

test.describe("a centre set to Arabic-Indic digits ('arab')", () => {
  let hub: TestHub;
  test.beforeAll(async () => {
    hub = await startE2eHub({
      catalogue: { ...DEMO_CATALOGUE, centre: { ...DEMO_CATALOGUE.centre, digits: 'arab' } },
    });
  });
  test.afterAll(async () => hub?.cleanup());

  test('the page carries the setting, and Arabic text uses Arabic-Indic digits only', async ({ page }) => {
    for (const app of await appPages(hub)) {
      if (!['kiosk', 'display', 'status'].includes(app.name)) continue;
      await open(page, hub, app);
      await expect(page.locator('html')).toHaveAttribute('data-digits', 'arab');
      const digits = await digitSystemsOnScreen(page, true);
      expect({ app: app.name, digits: digits.filter((d) => d !== 'arab') }).toEqual({
        app: app.name,
        digits: [],
      });
    }
    // The status page's place in line is a number in the centre's digits.
    await expect(page.getByTestId('position')).toHaveText('١');
  });
});
